# case: logs each high-risk account with print of an f-string containing the score tensor inside construct -> f-string formatting of a tensor value in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlertingScorer(nn.Cell):
    def __init__(self, feat_dim=4, alert_level=0.6, verbose=True):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.alert_level = alert_level
        self.verbose = verbose

    def construct(self, feats):
        scores = ops.sigmoid(self.fc(feats)).squeeze(-1)
        worst = scores.max()
        if self.verbose:
            print(f"max account risk = {worst}, alert level {self.alert_level}")
        return scores


def make():
    np.random.seed(21)
    feats = Tensor(np.random.randn(6, 4).astype(np.float32))
    return AlertingScorer(), (feats,)
