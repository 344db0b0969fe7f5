# case: builds overlapping windows with a Python for loop over range() of integer constants and stacks them, all bounds static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def make_windows(x, size, stride):
    n = (x.shape[0] - size) // stride + 1
    out = []
    for i in range(n):
        out.append(x[i * stride:i * stride + size])
    return ops.stack(out)


class Framer(nn.Cell):
    def __init__(self, size=4, stride=2):
        super().__init__()
        self.size = size
        self.stride = stride

    def construct(self, x):
        return make_windows(x, self.size, self.stride).sum(axis=1)


def make():
    return Framer(), (Tensor(np.arange(12, dtype=np.float32)),)
