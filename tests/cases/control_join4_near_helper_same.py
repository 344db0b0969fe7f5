# case: near miss: module-level helper returns a tensor on both paths
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


def gate(t):
    if mint.sum(t) < -100:
        return ops.zeros_like(t)
    return t * 2


class Net(nn.Cell):
    def construct(self, x):
        return gate(x)


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
