# case: uses Python math.exp on a tensor temperature mean to compute a crop development rate -> math module function applied to a tensor in construct
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DevelopmentRate(nn.Cell):
    def __init__(self, base_temp=10.0, q10=2.0):
        super().__init__()
        self.base_temp = base_temp
        self.q10 = q10

    def gdd(self, tmin, tmax):
        return ops.relu((tmin + tmax) / 2.0 - self.base_temp)

    def construct(self, tmin, tmax):
        daily = self.gdd(tmin, tmax)
        mean_temp = ((tmin + tmax) / 2.0).mean()
        rate = math.exp(math.log(self.q10) * (mean_temp - 20.0) / 10.0)
        return daily.sum() * rate


def make():
    np.random.seed(17)
    tmin = Tensor((np.random.rand(14) * 8 + 8).astype(np.float32))
    tmax = Tensor((np.random.rand(14) * 10 + 20).astype(np.float32))
    return DevelopmentRate(), (tmin, tmax)
