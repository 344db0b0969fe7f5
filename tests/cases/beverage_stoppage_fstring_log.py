# case: stoppage risk scorer that logs each station's risk with an f-string and keeps the scores in a dict keyed by station name -> f-string on tensors and dict mutation in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STATIONS = ("filler", "capper", "labeller", "packer")


class StationRiskScorer(nn.Cell):
    def __init__(self, n_feat=6):
        super().__init__()
        self.score = nn.Dense(n_feat, len(STATIONS))

    def construct(self, line_state):
        risk = ops.sigmoid(self.score(line_state))
        report = {}
        for i, name in enumerate(STATIONS):
            report[name] = risk[:, i].mean()
            print(f"station {name}: risk {report[name]}")
        worst = ops.stack([report[n] for n in STATIONS]).max()
        return risk, worst


def make():
    np.random.seed(181)
    state = np.random.randn(5, 6).astype(np.float32)
    return StationRiskScorer(), (Tensor(state),)
