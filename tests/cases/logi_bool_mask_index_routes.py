# case: prunes candidate routes whose total load exceeds capacity using boolean-mask indexing routes[mask] -> boolean indexing gives data-dependent row count, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoutePruner(nn.Cell):
    def __init__(self, capacity=30.0):
        super().__init__()
        self.capacity = capacity

    def construct(self, route_loads, route_costs):
        total = route_loads.sum(axis=1)
        ok = total <= self.capacity
        kept_costs = route_costs[ok]
        best = kept_costs.min()
        return best, kept_costs


def make():
    np.random.seed(4)
    loads = Tensor(np.random.uniform(0, 8, size=(9, 5)).astype(np.float32))
    costs = Tensor(np.random.uniform(10, 100, size=(9,)).astype(np.float32))
    return RoutePruner(), (loads, costs)
