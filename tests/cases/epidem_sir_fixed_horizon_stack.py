# case: SIR rollout over a horizon given to the constructor, stacked into a (days, regions) trajectory -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SIRModel(nn.Cell):
    def __init__(self, horizon=21, beta=0.25, gamma=0.08):
        super().__init__()
        self.horizon = horizon
        self.log_beta = Parameter(Tensor(np.log(beta), ms.float32), name="log_beta")
        self.log_gamma = Parameter(Tensor(np.log(gamma), ms.float32), name="log_gamma")

    def rates(self):
        return ops.exp(self.log_beta), ops.exp(self.log_gamma)

    def construct(self, s, i, r):
        beta, gamma = self.rates()
        n = s + i + r
        traj = []
        for _ in range(self.horizon):
            inf = beta * s * i / n
            rec = gamma * i
            s = s - inf
            i = i + inf - rec
            r = r + rec
            traj.append(ops.stack([s, i, r], axis=-1))
        return ops.stack(traj)


def make():
    np.random.seed(1)
    pop = np.random.randint(2000, 9000, size=5).astype(np.float32)
    i0 = np.full(5, 10.0, dtype=np.float32)
    return SIRModel(), (Tensor(pop - i0), Tensor(i0), Tensor(np.zeros(5, np.float32)))
