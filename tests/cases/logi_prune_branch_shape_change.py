# case: if the fleet's total load exceeds capacity it drops the last two routes, otherwise keeps all -> tensor if whose branches return different shapes, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FleetTrimmer(nn.Cell):
    def __init__(self, fleet_capacity=60.0):
        super().__init__()
        self.fleet_capacity = fleet_capacity

    def construct(self, route_loads):
        total = route_loads.sum()
        if total > self.fleet_capacity:
            kept = route_loads[:-2]
        else:
            kept = route_loads
        return kept * 2.0


def make():
    np.random.seed(9)
    loads = Tensor(np.random.uniform(5, 15, size=(7,)).astype(np.float32))
    return FleetTrimmer(), (loads,)
