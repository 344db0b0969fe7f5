# case: turnaround estimator keeps phase times as a tuple and sums them with a module-level helper function -> tuples and helper functions, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def total_ground_time(phases, taxi_in=4.0):
    deboard, clean, board = phases
    return deboard + clean + board + taxi_in


class TurnaroundPhases(nn.Cell):
    def __init__(self, n_feats=7, include_taxi=True):
        super().__init__()
        self.phase_head = nn.Dense(n_feats, 3)
        self.softplus = ops.Softplus()
        self.taxi = 4.0 if include_taxi else 0.0

    def construct(self, stand_feats):
        minutes = self.softplus(self.phase_head(stand_feats)) * 10.0
        phases = (minutes[:, 0], minutes[:, 1], minutes[:, 2])
        return total_ground_time(phases, self.taxi)


def make():
    np.random.seed(122)
    x = Tensor(np.random.randn(6, 7).astype(np.float32))
    return TurnaroundPhases(), (x,)
