# case: takes the first n_units generators of a fleet where n_units is a constructor int, and computes firm capacity with the status mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FleetCapacity(nn.Cell):
    def __init__(self, n_units=6, reserve_margin=0.1):
        super().__init__()
        self.n_units = n_units
        self.reserve_margin = reserve_margin

    def construct(self, capacities, status):
        caps = capacities[:, :self.n_units]
        on = status[:, :self.n_units]
        firm = (caps * on).sum(axis=1) * (1.0 - self.reserve_margin)
        n_on = on.sum(axis=1)
        return firm, n_on


def make():
    np.random.seed(8)
    caps = Tensor(np.random.uniform(50, 400, size=(4, 10)).astype(np.float32))
    status = Tensor((np.random.rand(4, 10) > 0.4).astype(np.float32))
    return FleetCapacity(), (caps, status)
