# case: noise drawn by UniformReal kept on the Cell scales the input: the values are random, the shape static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Jitter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.draw = ops.UniformReal(seed=3)

    def construct(self, x):
        noise = self.draw(x.shape)
        return x * (0.9 + 0.2 * noise)


def make():
    return Jitter(), (Tensor(np.ones((2, 10), np.float32)),)
