# case: dynamic ticket pricing rounds the demand-adjusted price to whole euros with ops.round and clips to the price band -> tensor ops only, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurgePricer(nn.Cell):
    def __init__(self, base_price=45.0, max_surge=1.8, floor=30.0, cap=90.0):
        super().__init__()
        self.base_price = base_price
        self.max_surge = max_surge
        self.floor = floor
        self.cap = cap

    def construct(self, occupancy_rate, days_to_show):
        urgency = ops.exp(-days_to_show / 7.0)
        surge = 1.0 + (self.max_surge - 1.0) * occupancy_rate * urgency
        price = ops.round(self.base_price * surge)
        return ops.clamp(price, self.floor, self.cap)


def make():
    np.random.seed(122)
    occ = Tensor(np.random.rand(10).astype(np.float32))
    days = Tensor(np.random.randint(0, 30, size=(10,)).astype(np.float32))
    return SurgePricer(), (occ, days)
