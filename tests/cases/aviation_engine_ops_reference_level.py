# case: engine sensor health monitor normalises oil pressure by its per-sensor max computed with ops inside construct -> pure tensor ops, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OilPressureHealth(nn.Cell):
    def __init__(self, n_sensors=3, eps=1e-3):
        super().__init__()
        self.calib = nn.Dense(n_sensors, n_sensors)
        self.eps = eps

    def construct(self, readings):
        calibrated = self.calib(readings)
        ref = calibrated.abs().max(axis=0, keepdims=True)
        drift = calibrated[-5:].mean(axis=0) - calibrated[:5].mean(axis=0)
        return calibrated / (ref + self.eps), drift


def make():
    np.random.seed(102)
    r = Tensor((40 + 5 * np.random.randn(30, 3)).astype(np.float32))
    return OilPressureHealth(), (r,)
