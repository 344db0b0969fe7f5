# case: tensor-conditioned while loop that steps an SIR model until infections fall below a level, carrying only fixed-shape state and a day counter -> control flow with static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TimeToControl(nn.Cell):
    def __init__(self, level=1.0, max_days=365):
        super().__init__()
        self.beta = Parameter(Tensor(0.2, ms.float32), name="beta")
        self.gamma = Parameter(Tensor(0.3, ms.float32), name="gamma")
        self.level = level
        self.max_days = max_days

    def construct(self, s, i, r):
        n = s + i + r
        day = Tensor(0, ms.int32)
        while i.sum() > self.level and day < self.max_days:
            inf = self.beta * s * i / n
            rec = self.gamma * i
            s = s - inf
            i = i + inf - rec
            r = r + rec
            day = day + 1
        return day, s, i, r


def make():
    np.random.seed(35)
    pop = np.random.uniform(200, 600, size=4).astype(np.float32)
    i0 = np.random.uniform(2, 10, size=4).astype(np.float32)
    return TimeToControl(), (Tensor(pop - i0), Tensor(i0), Tensor(np.zeros(4, np.float32)))
