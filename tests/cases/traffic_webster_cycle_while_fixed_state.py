# case: iteratively refines the signal cycle length with Webster's formula in a while loop on a tensor tolerance, keeping a scalar state of fixed shape -> static shapes with a tensor while loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WebsterCycle(nn.Cell):
    def __init__(self, lost_time=12.0, min_cycle=40.0, max_cycle=150.0, max_iter=20):
        super().__init__()
        self.lost_time = lost_time
        self.min_cycle = min_cycle
        self.max_cycle = max_cycle
        self.max_iter = max_iter

    def construct(self, flow_ratios):
        y = ops.clip_by_value(flow_ratios.max(axis=-1).sum(), 0.0, 0.95)
        target = (1.5 * self.lost_time + 5.0) / (1.0 - y)
        cycle = Tensor(60.0, ms.float32)
        it = Tensor(0, ms.int32)
        while ops.abs(cycle - target) > 0.5 and it < self.max_iter:
            cycle = cycle + 0.5 * (target - cycle)
            it = it + 1
        cycle = ops.clip_by_value(cycle, self.min_cycle, self.max_cycle)
        greens = (cycle - self.lost_time) * flow_ratios.max(axis=-1) / ops.maximum(y, 1e-3)
        return cycle, greens


def make():
    np.random.seed(38)
    ratios = Tensor(np.random.uniform(0.05, 0.25, size=(3, 4)).astype(np.float32))
    return WebsterCycle(), (ratios,)
