# case: inspection replay runs one recurrent update per inspection, looping over observations.shape[0] -> static graph compiles fine (unrolled)
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

    def construct(self, observations):
        n_inspections, batch, _ = observations.shape
        h = ops.zeros((batch, self.hidden), ms.float32)
        for i in range(n_inspections):
            h = self.tanh(self.inp(observations[i]) + self.rec(h))
        return h


def make():
    np.random.seed(122)
    obs = np.random.randn(6, 2, 5).astype(np.float32)
    return InspectionReplay(), (Tensor(obs),)
