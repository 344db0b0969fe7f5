# case: jit_class Accumulator created in construct from ops.zeros_like(x) and its tensor attribute reassigned in a loop; creating a jit_class from a tensor is rejected at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Accumulator:
    def __init__(self, init):
        self.total = init
        self.steps = 0


class MultiStep(nn.Cell):
    def __init__(self, steps=3):
        super().__init__()
        self.steps = steps
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        acc = Accumulator(ops.zeros_like(x))
        for _ in range(self.steps):
            x = self.fc(x)
            acc.total = acc.total + x
        return acc.total / self.steps


def make():
    return MultiStep(), (Tensor(np.ones((2, 4), np.float32)),)
