# case: replace dead thermocouple readings (NaN-coded as -999) with the channel mean via masked_fill/where and track cumulative alarms with cumsum -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThermocoupleCleaner(nn.Cell):
    def __init__(self, dead_code=-999.0, alarm_c=80.0):
        super().__init__()
        self.dead_code = dead_code
        self.alarm_c = alarm_c

    def construct(self, temps):
        dead = temps <= self.dead_code + 1.0
        alive = ops.logical_not(dead).astype(temps.dtype)
        zeroed = ops.masked_fill(temps, dead, 0.0)
        ch_mean = zeroed.sum(axis=0) / ops.maximum(alive.sum(axis=0), ops.ones_like(alive[0]))
        filled = ops.where(dead, ch_mean.expand_dims(0).broadcast_to(temps.shape), temps)
        alarms = (filled > self.alarm_c).astype(ms.float32).sum(axis=1)
        return filled, ops.cumsum(alarms, axis=0)


def make():
    np.random.seed(41)
    t = np.random.uniform(40, 100, size=(10, 4)).astype(np.float32)
    t[2, 1] = -999.0
    t[7, 3] = -999.0
    return ThermocoupleCleaner(), (Tensor(t),)
