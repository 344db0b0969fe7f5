# case: under a tensor test a method returns what one helper concatenates, else what another keeps at the input's shape -> dynamic at the if, at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def stacked(a, b):
    return ops.concat((a, b), axis=0)


def blended(a, b):
    return (a + b) * 0.5


class Merge(nn.Cell):
    def construct(self, a, b):
        if (a - b).abs().max() > 0.5:
            return stacked(a, b)
        return blended(a, b)


def make():
    np.random.seed(81)
    return Merge(), (Tensor(np.random.rand(3, 4).astype(np.float32)), Tensor(np.random.rand(3, 4).astype(np.float32)))
