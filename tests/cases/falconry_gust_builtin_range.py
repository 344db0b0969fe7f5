# case: gust-exposure feature for a flight takes Python builtins max()/min()/sum() over the airspeed tensor inside construct, combined with a learned projection -> Python builtins iterating a tensor in construct, Graph mode may reject or unroll
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GustExposure(nn.Cell):
    def __init__(self, n_feats=4):
        super().__init__()
        self.proj = nn.Dense(n_feats, 1)

    def construct(self, airspeed, feats):
        mean_speed = sum(airspeed) / airspeed.shape[0]
        gust_range = max(airspeed) - min(airspeed)
        base = self.proj(feats).squeeze(-1)
        return base * gust_range / mean_speed


def make():
    np.random.seed(3201)
    a = (12 + np.random.randn(60) * 2).astype(np.float32)
    feats = np.random.randn(60, 4).astype(np.float32)
    return GustExposure(), (Tensor(a), Tensor(feats))
