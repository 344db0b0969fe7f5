# case: a crop offset drawn by a UniformInt primitive kept on the Cell, used as the begin of ops.slice
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomCrop(nn.Cell):
    def __init__(self, size=4):
        super().__init__()
        self.size = size
        self.draw = ops.UniformInt(seed=3)

    def construct(self, x):
        n, length = x.shape
        top = self.draw((1,), Tensor(0, ms.int32), Tensor(length - self.size + 1, ms.int32))
        begin = ops.concat((ops.zeros((1,), ms.int32), top))
        return ops.slice(x, begin, (n, self.size))


def make():
    return RandomCrop(), (Tensor(np.ones((2, 10), np.float32)),)
