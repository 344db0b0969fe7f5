# case: a comprehension over a Python list kept on the Cell hands each number to a helper method that scales it: Python numbers folded while compiling, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Gauge(nn.Cell):
    def __init__(self, gain=2.5):
        super().__init__()
        self.gain = gain
        self.breaks = [0.5, 1.0, 1.5]

    def to_flow(self, h):
        level = h * self.gain
        return level + 1.0

    def construct(self, stage):
        flows = [self.to_flow(h) for h in self.breaks]
        return stage * Tensor(flows, ms.float32).sum()


def make():
    np.random.seed(5)
    return Gauge(), (Tensor(np.random.uniform(0.3, 3.0, size=(6,)).astype(np.float32)),)
