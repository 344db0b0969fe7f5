# case: the affinage monitor keeps the last wheel weight in a Parameter updated with ops.assign inside construct -> Parameter side effect, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class WeightLossMonitor(nn.Cell):
    def __init__(self, n_wheels=6, alarm_pct=0.5):
        super().__init__()
        self.last_weight = Parameter(Tensor(np.full((n_wheels,), 8.0, np.float32)),
                                     name="last_weight", requires_grad=False)
        self.alarm_pct = alarm_pct

    def construct(self, weight_now):
        loss_pct = (self.last_weight - weight_now) / self.last_weight * 100.0
        ops.assign(self.last_weight, weight_now)
        alarm = (loss_pct > self.alarm_pct).astype(ms.float32)
        return loss_pct, alarm


def make():
    np.random.seed(3217)
    w = (8.0 - 0.05 * np.random.rand(6)).astype(np.float32)
    return WeightLossMonitor(), (Tensor(w),)
