# case: boolean mask built with ops.logical_and used to index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Band(nn.Cell):
    def construct(self, x):
        keep = ops.logical_and(x > 0.2, x < 0.8)
        return x[keep]


def make():
    return Band(), (Tensor(np.linspace(0, 1, 9).astype(np.float32)),)
