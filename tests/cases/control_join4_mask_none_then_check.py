# case: mask is None before a tensor if that may make it a tensor, then tested with is not None
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x):
        mask = None
        if x.max() > 0:
            mask = x > 0
        if mask is not None:
            x = ops.masked_fill(x, mask, 0.0)
        return x


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
