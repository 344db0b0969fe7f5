# case: ink-density PI controller converts the measured density error to NumPy inside construct to clip the ink-key correction -> host round trip (asnumpy) in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InkKeyController(nn.Cell):
    def __init__(self, kp=0.8, ki=0.15, max_step=4.0):
        super().__init__()
        self.kp = kp
        self.ki = ki
        self.max_step = max_step

    def construct(self, measured, target, integral):
        err = target - measured
        new_integral = integral + err
        raw = self.kp * err + self.ki * new_integral
        step = np.clip(raw.asnumpy(), -self.max_step, self.max_step)
        return Tensor(step, ms.float32), new_integral


def make():
    np.random.seed(12)
    zones = 16
    measured = np.random.normal(1.40, 0.1, (zones,)).astype(np.float32)
    target = np.full((zones,), 1.45, np.float32)
    integral = np.zeros((zones,), np.float32)
    return InkKeyController(), (Tensor(measured), Tensor(target), Tensor(integral))
