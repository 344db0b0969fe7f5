# case: when the mean wind exceeds the slow-down limit the haul speed command is scaled down, otherwise kept; both branches keep the tower vector shape -> tensor-valued if with equal shapes, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindSpeedDerate(nn.Cell):
    def __init__(self, slow_limit_ms=12.0, derate=0.6, nominal_mps=6.0):
        super().__init__()
        self.slow_limit_ms = slow_limit_ms
        self.derate = derate
        self.nominal_mps = nominal_mps
        self.proj = nn.Dense(10, 1)

    def construct(self, tower_wind):
        mean_wind = tower_wind.mean()
        score = ops.sigmoid(self.proj(tower_wind).squeeze(-1))
        if mean_wind > self.slow_limit_ms:
            speed = self.nominal_mps * self.derate * (1.0 - score)
        else:
            speed = self.nominal_mps * (1.0 - 0.1 * score)
        return speed.min()


def make():
    np.random.seed(9)
    w = np.abs(13 + 3 * np.random.randn(7, 10)).astype(np.float32)
    return WindSpeedDerate(), (Tensor(w),)
