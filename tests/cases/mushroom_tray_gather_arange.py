# case: take only the trays currently in use by gathering rows 0..n-1 with ops.arange(int(n_in_use)) before scoring readiness -> gather size from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReadinessScorer(nn.Cell):
    def __init__(self, n_feats=4):
        super().__init__()
        self.head = nn.Dense(n_feats, 1)
        self.sigmoid = nn.Sigmoid()

    def select_trays(self, feats, n_in_use):
        idx = ops.arange(int(n_in_use), dtype=ms.int32)
        return ops.gather(feats, idx, 0)

    def construct(self, feats, n_in_use):
        active = self.select_trays(feats, n_in_use)
        ready = self.sigmoid(self.head(active)).squeeze(-1)
        return ready


def make():
    np.random.seed(335)
    feats = Tensor(np.random.rand(10, 4).astype(np.float32))
    return ReadinessScorer(), (feats, Tensor(np.array(7, np.int32)))
