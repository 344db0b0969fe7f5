# case: avalanche danger score uses math.exp on float() of the mean slope tensor -> float() of tensor and math on host in construct
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlopeDangerScore(nn.Cell):
    def __init__(self, critical_slope=38.0, spread=5.0):
        super().__init__()
        self.critical_slope = critical_slope
        self.spread = spread
        self.head = nn.Dense(3, 1)

    def construct(self, slope_deg, features):
        s = float(slope_deg.mean())
        slope_factor = 1.0 / (1.0 + math.exp(-(s - self.critical_slope) / self.spread))
        base = ops.sigmoid(self.head(features))
        return base * slope_factor


def make():
    np.random.seed(10)
    slope = Tensor(np.random.uniform(25, 45, size=(8, 8)).astype(np.float32))
    feats = Tensor(np.random.randn(5, 3).astype(np.float32))
    return SlopeDangerScore(), (slope, feats)
