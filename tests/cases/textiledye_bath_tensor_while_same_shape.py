# case: iterate dye uptake until exhaustion passes target, carrying only the residual concentration and a step counter -> tensor-driven while loop but constant shapes, probably static control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UptakeToTarget(nn.Cell):
    def __init__(self, rate=0.12, target_exhaustion=0.9, max_steps=100):
        super().__init__()
        self.rate = rate
        self.target_exhaustion = target_exhaustion
        self.max_steps = max_steps

    def construct(self, c0):
        c = c0
        steps = Tensor(0, ms.int32)
        while (1.0 - c / c0) < self.target_exhaustion and steps < self.max_steps:
            c = c - self.rate * c
            steps = steps + 1
        return c, steps


def make():
    np.random.seed(21)
    return UptakeToTarget(), (Tensor(np.float32(2.5)),)
