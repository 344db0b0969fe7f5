# case: quantisation helper `if scale > 1` returns an int32 tensor in one branch and float32 in the other; dtype join fails -> error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaybeQuantize(nn.Cell):
    def __init__(self, bits=8):
        super().__init__()
        self.qmax = 2 ** (bits - 1) - 1

    def construct(self, x):
        scale = ops.abs(x).max() / self.qmax
        if scale > 1:
            y = ops.round(x / scale).astype(ms.int32)
        else:
            y = x
        return y


def make():
    return MaybeQuantize(), (Tensor(np.random.randn(4, 4).astype(np.float32) * 500),)
