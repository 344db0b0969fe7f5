# case: SEIR simulation that keeps stepping while total infections stay above a stopping level, appending each day's state to a Python list -> list grown in a data-dependent while loop, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SEIR(nn.Cell):
    def __init__(self, stop_level=1.0, max_days=200):
        super().__init__()
        self.beta = Parameter(Tensor(0.4, ms.float32), name="beta")
        self.sigma = Parameter(Tensor(0.2, ms.float32), name="sigma")
        self.gamma = Parameter(Tensor(0.15, ms.float32), name="gamma")
        self.stop_level = stop_level
        self.max_days = max_days

    def step(self, s, e, i, r):
        n = s + e + i + r
        exp_ = self.beta * s * i / n
        inc = self.sigma * e
        rec = self.gamma * i
        return s - exp_, e + exp_ - inc, i + inc - rec, r + rec

    def construct(self, s, e, i, r):
        history = []
        day = 0
        while i.sum() > self.stop_level and day < self.max_days:
            s, e, i, r = self.step(s, e, i, r)
            history.append(i)
            day += 1
        return ops.stack(history)


def make():
    np.random.seed(2)
    pop = np.random.uniform(500, 1500, size=4).astype(np.float32)
    e0 = np.random.uniform(1, 5, size=4).astype(np.float32)
    i0 = np.random.uniform(1, 5, size=4).astype(np.float32)
    s0 = pop - e0 - i0
    return SEIR(), (Tensor(s0), Tensor(e0), Tensor(i0), Tensor(np.zeros(4, np.float32)))
