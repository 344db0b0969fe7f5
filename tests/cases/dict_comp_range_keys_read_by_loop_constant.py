# case: a dict comprehension over range() read with the variable of a constant Python loop -> keys are constants while compiling, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCALE_OF = {k: 1.0 / (k + 1) for k in range(4)}


class Mixer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale_of = SCALE_OF

    def construct(self, x):
        out = x * 0.0
        for k in range(4):
            out = out + x[k] * self.scale_of[k]
        return out


def make():
    np.random.seed(5)
    return Mixer(), (Tensor(np.random.rand(4, 3).astype(np.float32)),)
