# case: count how many inspection batches the cap-size model has seen by incrementing a plain int attribute of self in construct -> self attribute written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CapSizeRegressor(nn.Cell):
    def __init__(self, n_feats=6, hidden=16):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_feats, hidden), nn.ReLU(), nn.Dense(hidden, 1)])
        self.batches_seen = 0

    def construct(self, feats):
        self.batches_seen = self.batches_seen + 1
        diam_mm = self.body(feats).squeeze(-1) * 10.0 + 30.0
        return diam_mm


def make():
    np.random.seed(322)
    feats = Tensor(np.random.rand(8, 6).astype(np.float32))
    return CapSizeRegressor(), (feats,)
