# case: yield forecaster truncates the hourly forecast to a horizon passed in as a tensor (out[:, :n]) -> slice size from tensor value, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IrradianceYieldHead(nn.Cell):
    def __init__(self, n_features=6, max_horizon=24):
        super().__init__()
        self.proj = nn.Dense(n_features, 32)
        self.act = nn.ReLU()
        self.out = nn.Dense(32, max_horizon)

    def construct(self, x):
        return self.out(self.act(self.proj(x)))


class HorizonForecaster(nn.Cell):
    def __init__(self, capacity_kw=250.0):
        super().__init__()
        self.head = IrradianceYieldHead()
        self.capacity_kw = capacity_kw

    def construct(self, features, horizon):
        pred = ops.sigmoid(self.head(features)) * self.capacity_kw
        return pred[:, :horizon]


def make():
    np.random.seed(4)
    feats = np.random.rand(8, 6).astype(np.float32)
    horizon = Tensor(12, ms.int32)
    return HorizonForecaster(), (Tensor(feats), horizon)
