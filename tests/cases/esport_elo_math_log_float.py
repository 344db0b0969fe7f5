# case: Elo-style rating head converts the predicted win probability to a Python float and uses math.log to compute a rating delta -> float() of tensor and math on it, host round trip error in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EloDeltaHead(nn.Cell):
    def __init__(self, feat_dim=10, k_factor=32.0):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.k_factor = k_factor

    def construct(self, matchup_feats, actual_result):
        p_win = ops.sigmoid(self.fc(matchup_feats)).mean()
        p = float(p_win)
        log_odds = math.log(p / (1.0 - p))
        delta = self.k_factor * (actual_result - p_win)
        return delta + log_odds * 0.0


def make():
    np.random.seed(9)
    feats = Tensor(np.random.randn(4, 10).astype(np.float32))
    result = Tensor(1.0, ms.float32)
    return EloDeltaHead(10, 32.0), (feats, result)
