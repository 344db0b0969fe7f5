# case: risk-score thresholds held in an @ms.jit_class config object built in __init__ and read in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ScoreConfig:
    def __init__(self, low=0.2, high=0.8, scale=10.0):
        self.low = low
        self.high = high
        self.scale = scale

    def to_points(self, p):
        return ops.round(p * self.scale)


class NEWSLikeScore(nn.Cell):
    def __init__(self, n_vitals=6, config=None):
        super().__init__()
        self.config = config if config is not None else ScoreConfig()
        self.weights = nn.Dense(n_vitals, 1)

    def construct(self, vitals):
        p = ops.sigmoid(self.weights(vitals).squeeze(-1))
        points = self.config.to_points(p)
        low = (p < self.config.low).astype(ms.int32)
        high = (p > self.config.high).astype(ms.int32)
        return points, high - low


def make():
    np.random.seed(19)
    vitals = Tensor(np.random.randn(7, 6).astype(np.float32))
    return NEWSLikeScore(), (vitals,)
