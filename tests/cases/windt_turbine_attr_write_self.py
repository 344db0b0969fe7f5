# case: SCADA anomaly cell stores the last anomaly score and a call counter on self inside construct -> attribute writes on self in Graph mode, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScadaAnomalyScorer(nn.Cell):
    def __init__(self, n_feats=8, hidden=4):
        super().__init__()
        self.enc = nn.Dense(n_feats, hidden)
        self.dec = nn.Dense(hidden, n_feats)
        self.last_score = None
        self.n_calls = 0

    def construct(self, x):
        recon = self.dec(ops.relu(self.enc(x)))
        score = ((recon - x) ** 2).mean(axis=-1)
        self.last_score = score
        self.n_calls += 1
        return score


def make():
    np.random.seed(12)
    x = Tensor(np.random.randn(16, 8).astype(np.float32))
    return ScadaAnomalyScorer(), (x,)
