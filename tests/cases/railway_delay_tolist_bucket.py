# case: delays converted with tolist() and bucketed in a Python loop with if/elif inside construct -> host round trip on tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PunctualityBuckets(nn.Cell):
    def __init__(self, on_time=1.0, minor=5.0):
        super().__init__()
        self.on_time = on_time
        self.minor = minor

    def construct(self, delays):
        counts = [0, 0, 0]
        for d in delays.tolist():
            if d <= self.on_time:
                counts[0] += 1
            elif d <= self.minor:
                counts[1] += 1
            else:
                counts[2] += 1
        return Tensor(counts, ms.int32)


def make():
    np.random.seed(17)
    delays = Tensor(np.random.exponential(3.0, size=15).astype(np.float32))
    return PunctualityBuckets(), (delays,)
