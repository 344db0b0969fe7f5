# case: yield regressor that blends in an optional historical yield prior only when the prior argument is not None -> is None test resolved at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YieldRegressor(nn.Cell):
    def __init__(self, n_feats=6, prior_weight=0.3):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_feats, 12), nn.Tanh(), nn.Dense(12, 1)])
        self.prior_weight = prior_weight

    def construct(self, feats, prior=None):
        pred = ops.relu(self.body(feats).squeeze(-1)) + 3.0
        if prior is not None:
            pred = (1 - self.prior_weight) * pred + self.prior_weight * prior
        return pred


def make():
    np.random.seed(37)
    feats = Tensor(np.random.randn(8, 6).astype(np.float32))
    return YieldRegressor(), (feats, None)
