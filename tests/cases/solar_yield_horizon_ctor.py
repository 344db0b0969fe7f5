# case: yield forecaster truncates to a horizon fixed in the constructor (Python int) -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YieldForecastConfig:
    def __init__(self, n_features=6, max_horizon=24, horizon=12, capacity_kw=250.0):
        self.n_features = n_features
        self.max_horizon = max_horizon
        self.horizon = horizon
        self.capacity_kw = capacity_kw


class TruncatedForecaster(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else YieldForecastConfig()
        self.horizon = cfg.horizon
        self.capacity_kw = cfg.capacity_kw
        self.body = nn.SequentialCell([
            nn.Dense(cfg.n_features, 32), nn.ReLU(), nn.Dense(32, cfg.max_horizon)])

    def construct(self, features):
        pred = ops.sigmoid(self.body(features)) * self.capacity_kw
        pred = pred[:, :self.horizon]
        daily = pred.sum(axis=1, keepdims=True)
        return pred, daily


def make():
    np.random.seed(5)
    feats = np.random.rand(8, 6).astype(np.float32)
    return TruncatedForecaster(), (Tensor(feats),)
