# case: limits the motor throttle when battery state of charge falls below reserve using ops.where on tensors -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatteryThrottle(nn.Cell):
    def __init__(self, reserve=0.2, limit=0.5, use_voltage_sag=True):
        super().__init__()
        self.reserve = reserve
        self.limit = limit
        self.use_voltage_sag = use_voltage_sag

    def construct(self, soc, voltage, throttle):
        level = soc.mean()
        if self.use_voltage_sag:
            level = level - 0.05 * ops.relu(3.5 - voltage.min())
        low = level < self.reserve
        capped = ops.minimum(throttle, self.limit)
        out = ops.where(low, capped, throttle)
        return out, level


def make():
    np.random.seed(11)
    soc = np.array([0.22, 0.19, 0.21], dtype=np.float32)
    volt = np.array([3.6, 3.45, 3.55], dtype=np.float32)
    thr = np.random.uniform(0.3, 0.9, size=(4,)).astype(np.float32)
    return BatteryThrottle(), (Tensor(soc), Tensor(volt), Tensor(thr))
