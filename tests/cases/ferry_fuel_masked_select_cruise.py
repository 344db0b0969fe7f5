# case: fuel predictor averages burn rate only over log rows whose rpm exceeds cruise threshold using masked_select -> dynamic-shape op in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CruiseFuelEstimator(nn.Cell):
    def __init__(self, cruise_rpm=1200.0, litres_per_kwh=0.21):
        super().__init__()
        self.cruise_rpm = cruise_rpm
        self.litres_per_kwh = litres_per_kwh
        self.proj = nn.Dense(3, 1)

    def cruise_rows(self, rpm, burn):
        mask = rpm > self.cruise_rpm
        return ops.masked_select(burn, mask)

    def construct(self, rpm, burn, features):
        cruise_burn = self.cruise_rows(rpm, burn)
        base = cruise_burn.mean()
        correction = self.proj(features).squeeze(-1)
        return base * self.litres_per_kwh + correction


def make():
    np.random.seed(1)
    rpm = Tensor(np.random.uniform(800, 1600, size=(16,)).astype(np.float32))
    burn = Tensor(np.random.uniform(40, 90, size=(16,)).astype(np.float32))
    feats = Tensor(np.random.randn(16, 3).astype(np.float32))
    return CruiseFuelEstimator(), (rpm, burn, feats)
