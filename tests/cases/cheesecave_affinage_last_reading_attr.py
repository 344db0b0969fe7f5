# case: the affinage monitor caches the last wheel weight reading on self inside construct to compute weight loss next call -> writes a tensor attribute of self in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightLossMonitor(nn.Cell):
    def __init__(self, n_wheels=6):
        super().__init__()
        self.last_weight = Tensor(np.full((n_wheels,), 8.0, np.float32))
        self.alarm_pct = 0.5

    def construct(self, weight_now):
        loss_pct = (self.last_weight - weight_now) / self.last_weight * 100.0
        self.last_weight = weight_now
        alarm = (loss_pct > self.alarm_pct).astype(ms.float32)
        return loss_pct, alarm


def make():
    np.random.seed(3216)
    w = (8.0 - 0.05 * np.random.rand(6)).astype(np.float32)
    return WeightLossMonitor(), (Tensor(w),)
