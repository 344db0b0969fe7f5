# case: delays bucketed into on-time/minor/major via comparisons summed per bucket -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PunctualityBuckets(nn.Cell):
    def __init__(self, on_time=1.0, minor=5.0):
        super().__init__()
        self.on_time = on_time
        self.minor = minor

    def construct(self, delays):
        on = (delays <= self.on_time).astype(ms.int32)
        minor = ops.logical_and(delays > self.on_time, delays <= self.minor).astype(ms.int32)
        major = (delays > self.minor).astype(ms.int32)
        counts = ops.stack([on.sum(), minor.sum(), major.sum()])
        return counts


def make():
    np.random.seed(17)
    delays = Tensor(np.random.exponential(3.0, size=15).astype(np.float32))
    return PunctualityBuckets(), (delays,)
