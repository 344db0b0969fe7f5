# case: a dict comprehension keyed by names read with a constant name flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GAINS = ("low", "mid", "high")


class Gain(nn.Cell):
    def __init__(self, mode="mid"):
        super().__init__()
        self.gain_of = {name: float(i + 1) for i, name in enumerate(GAINS)}
        self.mode = mode

    def construct(self, x):
        return x * self.gain_of[self.mode]


def make():
    np.random.seed(6)
    return Gain(), (Tensor(np.random.rand(3).astype(np.float32)),)
