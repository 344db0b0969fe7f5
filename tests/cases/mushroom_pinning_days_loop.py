# case: roll the pinning-stage growth model forward for a number of days read from a tensor with range(int(days)) -> loop count from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PinGrowth(nn.Cell):
    def __init__(self, r=0.35, cap_max=60.0):
        super().__init__()
        self.r = r
        self.cap_max = cap_max

    def logistic_step(self, d):
        return d + self.r * d * (1.0 - d / self.cap_max)

    def construct(self, diam, days):
        for _ in range(int(days)):
            diam = self.logistic_step(diam)
        return diam


def make():
    np.random.seed(329)
    diam = Tensor(np.random.uniform(2, 6, size=(10,)).astype(np.float32))
    return PinGrowth(), (diam, Tensor(np.array(5, np.int32)))
