# case: dynamic ticket pricing rounds the demand-adjusted price to whole euros by pulling the tensor to NumPy with .asnumpy() in construct -> asnumpy in graph, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurgePricer(nn.Cell):
    def __init__(self, base_price=45.0, max_surge=1.8):
        super().__init__()
        self.base_price = base_price
        self.max_surge = max_surge

    def construct(self, occupancy_rate, days_to_show):
        urgency = ops.exp(-days_to_show / 7.0)
        surge = 1.0 + (self.max_surge - 1.0) * occupancy_rate * urgency
        price = self.base_price * surge
        rounded = np.round(price.asnumpy())
        return Tensor(rounded, ms.float32)


def make():
    np.random.seed(121)
    occ = Tensor(np.random.rand(10).astype(np.float32))
    days = Tensor(np.random.randint(0, 30, size=(10,)).astype(np.float32))
    return SurgePricer(), (occ, days)
