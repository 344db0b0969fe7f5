# case: SIR rollout for a fixed number of days, then the trajectory is cut with traj[:horizon] where horizon is a tensor -> dynamic shape / error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SIRStep(nn.Cell):
    def __init__(self, beta=0.3, gamma=0.1):
        super().__init__()
        self.beta = Parameter(Tensor(beta, ms.float32), name="beta")
        self.gamma = Parameter(Tensor(gamma, ms.float32), name="gamma")

    def construct(self, s, i, r):
        n = s + i + r
        new_inf = self.beta * s * i / n
        new_rec = self.gamma * i
        return s - new_inf, i + new_inf - new_rec, r + new_rec


class SIRForecast(nn.Cell):
    def __init__(self, max_days=30):
        super().__init__()
        self.max_days = max_days
        self.step = SIRStep()

    def construct(self, s0, i0, r0, horizon):
        s, i, r = s0, i0, r0
        infected = []
        for _ in range(self.max_days):
            s, i, r = self.step(s, i, r)
            infected.append(i)
        traj = ops.stack(infected)
        return traj[:horizon]


def make():
    np.random.seed(0)
    regions = 6
    pop = np.random.uniform(1e4, 5e4, size=regions).astype(np.float32)
    i0 = np.random.uniform(5, 50, size=regions).astype(np.float32)
    s0 = pop - i0
    r0 = np.zeros(regions, dtype=np.float32)
    return SIRForecast(), (Tensor(s0), Tensor(i0), Tensor(r0), Tensor(14, ms.int32))
