# case: a module function reads a name its for loop body bound first; construct calls it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def power_iterate(m, v, steps):
    for _ in range(steps):
        w = ops.matmul(m, v)
        v = w / ops.norm(w)
    return w


class Spectral(nn.Cell):
    def construct(self, m, v):
        m = m * 2.0
        top = power_iterate(m, v, 4)
        return top


def make():
    np.random.seed(2)
    return Spectral(), (Tensor(np.random.rand(3, 3).astype(np.float32)), Tensor(np.random.rand(3).astype(np.float32)))
