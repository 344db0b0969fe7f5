# case: average the humidity overshoot above the setpoint by multiplying with a 0/1 mask and dividing by the mask count -> static shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def dew_point(temp_c, rh):
    a, b = 17.62, 243.12
    gamma = ops.log(rh / 100.0) + a * temp_c / (b + temp_c)
    return b * gamma / (a - gamma)


class HumidityOvershoot(nn.Cell):
    def __init__(self, setpoint_rh=92.0, deadband=1.5):
        super().__init__()
        self.upper = setpoint_rh + deadband

    def construct(self, rh_log, temp_log):
        mask = (rh_log > self.upper).astype(ms.float32)
        overshoot = (rh_log - self.upper) * mask
        n_high = ops.maximum(mask.sum(axis=1), 1.0)
        mean_over = overshoot.sum(axis=1) / n_high
        dp = dew_point(temp_log, ops.clip_by_value(rh_log, 1.0, 100.0))
        condensation_risk = (temp_log - dp < 0.5).astype(ms.float32).mean(axis=1)
        return ops.stack((mean_over, condensation_risk), axis=1)


def make():
    np.random.seed(3204)
    rh = np.clip(92.0 + 3.0 * np.random.randn(6, 48), 70, 99.5).astype(np.float32)
    temp = (11.0 + 0.5 * np.random.randn(6, 48)).astype(np.float32)
    return HumidityOvershoot(), (Tensor(rh), Tensor(temp))
