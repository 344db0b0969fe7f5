# case: the tensor-and-counter while collects each state in a list stacked on the last axis after the loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Refine(nn.Cell):
    def __init__(self, dim=6, tol=1e-3, max_steps=4):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.tol = tol
        self.max_steps = max_steps

    def construct(self, x):
        delta = ops.ones((), ms.float32)
        states = [x]
        i = 0
        while delta > self.tol and i < self.max_steps:
            y = ops.tanh(self.fc(x))
            delta = ops.abs(y - x).mean()
            x = y
            states.append(x)
            i += 1
        return ops.stack(states, axis=-1)


def make():
    np.random.seed(5)
    return Refine(), (Tensor(np.random.randn(2, 6).astype(np.float32)),)
