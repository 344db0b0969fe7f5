# case: a yield forecaster bumps a plain Python counter on self every forward pass to track how many rows it has scored -> attribute of self written in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowYieldForecaster(nn.Cell):
    def __init__(self, n_features=5, hidden=12):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_features, hidden), nn.Tanh(), nn.Dense(hidden, 1)])
        self.rows_scored = 0

    def construct(self, row_feats):
        kg_per_tree = self.body(row_feats).squeeze(-1)
        self.rows_scored = self.rows_scored + row_feats.shape[0]
        return kg_per_tree.sum()


def make():
    np.random.seed(81)
    feats = Tensor(np.random.rand(18, 5).astype(np.float32))
    return RowYieldForecaster(), (feats,)
