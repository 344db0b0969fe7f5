# case: marks infeasible routes with an infinite cost via ops.where and picks the cheapest feasible one with argmin -> fixed-size where instead of filtering, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CheapestFeasibleRoute(nn.Cell):
    def __init__(self, capacity=30.0, max_hours=9.0):
        super().__init__()
        self.capacity = capacity
        self.max_hours = max_hours
        self.inf = Tensor(np.float32(1e9))

    def feasible(self, route_loads, route_hours):
        ok_load = route_loads.sum(axis=1) <= self.capacity
        ok_time = route_hours <= self.max_hours
        return ops.logical_and(ok_load, ok_time)

    def construct(self, route_loads, route_hours, route_costs):
        ok = self.feasible(route_loads, route_hours)
        masked = ops.where(ok, route_costs, self.inf)
        best = ops.argmin(masked)
        return best, masked[best], ok.astype(ms.int32).sum()


def make():
    np.random.seed(31)
    loads = Tensor(np.random.uniform(0, 8, size=(9, 5)).astype(np.float32))
    hours = Tensor(np.random.uniform(5, 11, size=(9,)).astype(np.float32))
    costs = Tensor(np.random.uniform(10, 100, size=(9,)).astype(np.float32))
    return CheapestFeasibleRoute(), (loads, hours, costs)
