# case: simulate a dye bath step by step until exhaustion reaches the target, appending each residual concentration to a list -> while on tensor value with growing list, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BathSimulator(nn.Cell):
    def __init__(self, rate=0.12, target_exhaustion=0.9):
        super().__init__()
        self.rate = rate
        self.target_exhaustion = target_exhaustion

    def step(self, c):
        return c - self.rate * c

    def construct(self, c0):
        c = c0
        history = []
        while (1.0 - c / c0) < self.target_exhaustion:
            c = self.step(c)
            history.append(c)
        curve = ops.stack(history)
        return curve


def make():
    np.random.seed(19)
    return BathSimulator(), (Tensor(np.float32(2.5)),)
