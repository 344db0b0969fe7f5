# case: a helper converts leg distances to a Python list with tolist() and sums them to compute a route cost -> host round trip .tolist() inside construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouteCost(nn.Cell):
    def __init__(self, cost_per_km=1.5, fixed_cost=20.0):
        super().__init__()
        self.cost_per_km = cost_per_km
        self.fixed_cost = fixed_cost

    def leg_lengths(self, path):
        diff = path[1:] - path[:-1]
        return ops.sqrt((diff * diff).sum(axis=1))

    def total_km(self, path):
        legs = self.leg_lengths(path).tolist()
        return sum(legs)

    def construct(self, path):
        km = self.total_km(path)
        return Tensor(self.fixed_cost + km * self.cost_per_km, ms.float32)


def make():
    np.random.seed(12)
    path = Tensor(np.random.uniform(0, 20, size=(7, 2)).astype(np.float32))
    return RouteCost(), (path,)
