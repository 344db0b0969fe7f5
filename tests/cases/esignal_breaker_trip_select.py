# case: breaker operation counter increments counts of tripped bays with ops.select on a boolean vector and updates a Parameter via assign -> static, fine in Graph mode
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
        new_count = ops.select(tripped, self.ops_count + 1.0, self.ops_count)
        ops.assign(self.ops_count, new_count)
        return new_count, tripped.astype(ms.int32).sum()


def make():
    np.random.seed(32)
    coil = np.abs(np.random.randn(12, 200)).astype(np.float32)
    coil[[1, 4, 9], 50:60] = 3.0
    return BreakerOpCounter(12), (Tensor(coil),)
