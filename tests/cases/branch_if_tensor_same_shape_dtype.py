# case: `if scale > 1` on a tensor value where both branches return float32 tensors of the input shape (fake-quant vs identity) -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaybeFakeQuant(nn.Cell):
    def __init__(self, bits=8):
        super().__init__()
        self.qmax = 2 ** (bits - 1) - 1

    def construct(self, x):
        scale = ops.abs(x).max() / self.qmax
        if scale > 1:
            y = ops.round(x / scale) * scale
        else:
            y = x * 1.0
        return y


def make():
    return MaybeFakeQuant(), (Tensor(np.random.randn(4, 4).astype(np.float32) * 500),)
