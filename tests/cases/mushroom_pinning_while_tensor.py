# case: grow pins with a while loop on a tensor condition until the mean cap reaches picking size, state keeps its shape -> dynamic control flow with fixed shapes, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PinGrowth(nn.Cell):
    def __init__(self, r=0.35, cap_max=60.0, pick_mm=40.0):
        super().__init__()
        self.r = r
        self.cap_max = cap_max
        self.pick = Tensor(pick_mm, ms.float32)

    def logistic_step(self, d):
        return d + self.r * d * (1.0 - d / self.cap_max)

    def construct(self, diam):
        days = Tensor(0, ms.int32)
        while diam.mean() < self.pick:
            diam = self.logistic_step(diam)
            days = days + 1
        return diam, days


def make():
    np.random.seed(330)
    diam = Tensor(np.random.uniform(2, 6, size=(10,)).astype(np.float32))
    return PinGrowth(), (diam,)
