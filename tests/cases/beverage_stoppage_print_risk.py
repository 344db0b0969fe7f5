# case: stoppage risk scorer that prints the per-station risk tensor with a plain string label while scoring -> print of a string and a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STATIONS = ("filler", "capper", "labeller", "packer")


class StationRiskScorer(nn.Cell):
    def __init__(self, n_feat=6, verbose=True):
        super().__init__()
        self.score = nn.Dense(n_feat, len(STATIONS))
        self.verbose = verbose

    def construct(self, line_state):
        risk = ops.sigmoid(self.score(line_state))
        per_station = risk.mean(axis=0)
        if self.verbose:
            print("per-station stoppage risk:", per_station)
        worst = per_station.max()
        return risk, worst


def make():
    np.random.seed(182)
    state = np.random.randn(5, 6).astype(np.float32)
    return StationRiskScorer(), (Tensor(state),)
