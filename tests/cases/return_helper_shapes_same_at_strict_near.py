# case: under a tensor test a method returns one helper's concatenation of the inputs in either order -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def stacked(a, b):
    return ops.concat((a, b), axis=0)


class Merge(nn.Cell):
    def construct(self, a, b):
        if (a - b).abs().max() > 0.5:
            return stacked(a, b)
        return stacked(b, a)


def make():
    np.random.seed(82)
    return Merge(), (Tensor(np.random.rand(3, 4).astype(np.float32)), Tensor(np.random.rand(3, 4).astype(np.float32)))
