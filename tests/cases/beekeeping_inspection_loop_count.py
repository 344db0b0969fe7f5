# case: inspection replay runs one GRU-like update per recorded inspection, with the loop count taken from a tensor via int() -> loop count from data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InspectionReplay(nn.Cell):
    def __init__(self, n_obs=5, hidden=8):
        super().__init__()
        self.inp = nn.Dense(n_obs, hidden)
        self.rec = nn.Dense(hidden, hidden)
        self.tanh = nn.Tanh()
        self.hidden = hidden

    def construct(self, observations, n_inspections):
        h = ops.zeros((observations.shape[1], self.hidden), ms.float32)
        for i in range(int(n_inspections)):
            h = self.tanh(self.inp(observations[i]) + self.rec(h))
        return h


def make():
    np.random.seed(121)
    obs = np.random.randn(10, 2, 5).astype(np.float32)
    return InspectionReplay(), (Tensor(obs), Tensor(np.array(6, np.int32)))
