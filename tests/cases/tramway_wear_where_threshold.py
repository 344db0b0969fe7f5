# case: zero out chainage of segments below the grinding threshold with a three-argument ops.where -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WearRegressor(nn.Cell):
    def __init__(self, n_features=6, hidden=(16, 8)):
        super().__init__()
        layers = []
        prev = n_features
        for h in hidden:
            layers.append(nn.Dense(prev, h))
            layers.append(nn.Tanh())
            prev = h
        layers.append(nn.Dense(prev, 1))
        self.body = nn.SequentialCell(layers)
        self.threshold = 0.4

    def construct(self, segment_features, chainage_m):
        wear_mm = ops.sigmoid(self.body(segment_features)).squeeze(-1)
        flagged = wear_mm > self.threshold
        plan = ops.where(flagged, chainage_m, ops.zeros_like(chainage_m))
        return plan, flagged.astype(ms.int32).sum()


def make():
    np.random.seed(3066)
    feats = np.random.randn(40, 6).astype(np.float32)
    chain = (np.arange(40) * 25.0).astype(np.float32)
    return WearRegressor(), (Tensor(feats), Tensor(chain))
