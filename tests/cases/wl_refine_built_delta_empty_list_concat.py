# case: refinement loop on a tolerance and a step counter, the tolerance value starting as ops.ones(()), collecting each state in a list made empty before and concatenated after -> measured
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
        outs = []
        i = 0
        while delta > self.tol and i < self.max_steps:
            y = ops.tanh(self.fc(x))
            delta = ops.abs(y - x).mean()
            x = y
            outs.append(x)
            i += 1
        return ops.concat(outs, axis=0)


def make():
    np.random.seed(5)
    return Refine(), (Tensor(np.random.randn(2, 6).astype(np.float32)),)
