# case: a @ms.jit_class degree-day accumulator is created in construct and its running total is updated per day for pest emergence -> jit_class instance mutated in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class DegreeDayAccumulator:
    def __init__(self, base_temp):
        self.base_temp = base_temp
        self.total = 0.0

    def update(self, tmin, tmax):
        dd = ops.relu((tmin + tmax) / 2.0 - self.base_temp)
        self.total = self.total + dd


class MothEmergenceModel(nn.Cell):
    def __init__(self, base_temp=10.0, emergence_dd=250.0, n_days=14):
        super().__init__()
        self.base_temp = base_temp
        self.emergence_dd = emergence_dd
        self.n_days = n_days

    def construct(self, tmin, tmax):
        acc = DegreeDayAccumulator(self.base_temp)
        for d in range(self.n_days):
            acc.update(tmin[d], tmax[d])
        return acc.total / self.emergence_dd


def make():
    np.random.seed(73)
    tmin = Tensor((np.random.rand(14) * 6 + 8).astype(np.float32))
    tmax = Tensor((np.random.rand(14) * 10 + 20).astype(np.float32))
    return MothEmergenceModel(), (tmin, tmax)
