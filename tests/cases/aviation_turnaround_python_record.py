# case: turnaround estimator packs its intermediate phase times into a plain Python record object created inside construct and reads it back -> plain class instantiated in construct, likely rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PhaseTimes:
    def __init__(self, deboard, clean, board):
        self.deboard = deboard
        self.clean = clean
        self.board = board

    def total(self):
        return self.deboard + self.clean + self.board


class TurnaroundPhases(nn.Cell):
    def __init__(self, n_feats=7):
        super().__init__()
        self.phase_head = nn.Dense(n_feats, 3)
        self.softplus = ops.Softplus()

    def construct(self, stand_feats):
        minutes = self.softplus(self.phase_head(stand_feats)) * 10.0
        rec = PhaseTimes(minutes[:, 0], minutes[:, 1], minutes[:, 2])
        return rec.total()


def make():
    np.random.seed(121)
    x = Tensor(np.random.randn(6, 7).astype(np.float32))
    return TurnaroundPhases(), (x,)
