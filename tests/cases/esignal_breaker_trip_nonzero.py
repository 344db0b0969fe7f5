# case: breaker operation counter lists the bays whose trip coil current crossed threshold with ops.nonzero and gathers their counts -> nonzero output shape depends on data, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def trip_detect(coil_current, pickup_a):
    return coil_current.max(axis=1) > pickup_a


class BreakerOpCounter(nn.Cell):
    def __init__(self, n_bays, pickup_a=1.5):
        super().__init__()
        self.pickup = pickup_a
        self.ops_count = ms.Parameter(Tensor(np.zeros(n_bays, np.float32)), name="ops_count")

    def construct(self, coil_current):
        tripped = trip_detect(coil_current, self.pickup)
        bay_idx = ops.nonzero(tripped).reshape(-1)
        counts = ops.gather(self.ops_count, bay_idx, 0) + 1.0
        return counts, bay_idx


def make():
    np.random.seed(31)
    coil = np.abs(np.random.randn(12, 200)).astype(np.float32)
    coil[[1, 4, 9], 50:60] = 3.0
    return BreakerOpCounter(12), (Tensor(coil),)
