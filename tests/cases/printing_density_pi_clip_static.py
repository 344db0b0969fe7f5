# case: ink-density PI controller clips the ink-key correction with ops.clip_by_value and anti-windup via ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InkKeyPI(nn.Cell):
    def __init__(self, kp=0.8, ki=0.15, max_step=4.0, anti_windup=True):
        super().__init__()
        self.kp = kp
        self.ki = ki
        self.max_step = max_step
        self.anti_windup = anti_windup

    def construct(self, measured, target, integral):
        err = target - measured
        new_integral = integral + err
        raw = self.kp * err + self.ki * new_integral
        step = ops.clip_by_value(raw, -self.max_step, self.max_step)
        if self.anti_windup:
            saturated = ops.abs(raw) > self.max_step
            new_integral = ops.select(saturated, integral, new_integral)
        return step, new_integral


def make():
    np.random.seed(13)
    zones = 16
    measured = np.random.normal(1.40, 0.1, (zones,)).astype(np.float32)
    target = np.full((zones,), 1.45, np.float32)
    integral = np.random.normal(0, 5, (zones,)).astype(np.float32)
    return InkKeyPI(), (Tensor(measured), Tensor(target), Tensor(integral))
