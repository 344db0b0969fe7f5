# case: high-water-mark fee accrual storing the peak equity as a plain attribute on self in construct -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerformanceFee(nn.Cell):
    """Accrues a performance fee on gains above the running high-water mark."""

    def __init__(self, fee_rate=0.2, initial_nav=1.0):
        super().__init__()
        self.fee_rate = fee_rate
        self.high_water_mark = Tensor(initial_nav, ms.float32)

    def fee(self, nav):
        excess = ops.relu(nav - self.high_water_mark)
        return self.fee_rate * excess

    def construct(self, nav):
        accrued = self.fee(nav)
        net_nav = nav - accrued
        self.high_water_mark = ops.maximum(self.high_water_mark, net_nav)
        return net_nav, accrued


def make():
    return PerformanceFee(), (Tensor(1.08, ms.float32),)
