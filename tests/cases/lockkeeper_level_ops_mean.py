# case: compute the water-level anomaly relative to the daily mean with tensor .mean and a NumPy datum table prepared in __init__ -> NumPy only at init, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LevelAnomaly(nn.Cell):
    def __init__(self, datums=(2.4, 2.1, 3.0, 2.8, 2.6)):
        super().__init__()
        self.datum = Tensor(np.asarray(datums, dtype=np.float32).reshape(-1, 1))
        self.scale = nn.Dense(24, 24)

    def construct(self, hourly_levels):
        daily_mean = hourly_levels.mean(axis=1, keep_dims=True)
        anomaly = hourly_levels - daily_mean + self.datum
        return self.scale(anomaly)


def make():
    np.random.seed(132)
    ms.set_seed(132)
    lv = (2.4 + np.random.randn(5, 24) * 0.3).astype(np.float32)
    return LevelAnomaly(), (Tensor(lv),)
