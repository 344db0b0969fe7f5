# case: ops.zeros with a shape computed from x.shape (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops


class Pad(nn.Cell):
    def construct(self, x):
        n = x.shape[0] * 2
        z = ops.zeros((n - x.shape[0], x.shape[1]), x.dtype)
        return ops.concat((x, z))


def make():
    return Pad(), (ms.Tensor(np.ones((3, 2), np.float32)),)
