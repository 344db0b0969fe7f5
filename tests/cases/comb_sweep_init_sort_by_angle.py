# case: sweep heuristic initial CVRP solution: sort customers by polar angle around the depot with ops.sort and cut routes by cumulative demand -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SweepInitialiser(nn.Cell):
    def __init__(self, capacity=1.0, clockwise=False):
        super().__init__()
        self.capacity = capacity
        self.clockwise = clockwise

    def polar_angle(self, locs, depot):
        rel = locs - depot.expand_dims(1)
        ang = ops.atan2(rel[..., 1], rel[..., 0])
        return -ang if self.clockwise else ang

    def construct(self, depot, customers, demands):
        ang = self.polar_angle(customers, depot)
        _, order = ops.sort(ang, -1)
        d_sorted = ops.gather_elements(demands, 1, order)
        cum = ops.cumsum(d_sorted, -1)
        route_id = ops.floor(cum / self.capacity).astype(ms.int32)
        new_route = ops.concat([ops.ones_like(route_id[:, :1]), (route_id[:, 1:] != route_id[:, :-1]).astype(ms.int32)], -1)
        return order + 1, route_id, new_route.sum(-1)


def make():
    np.random.seed(37)
    depot = Tensor(np.full((2, 2), 0.5, np.float32))
    cust = Tensor(np.random.rand(2, 7, 2).astype(np.float32))
    dem = Tensor(np.random.uniform(0.1, 0.35, (2, 7)).astype(np.float32))
    return SweepInitialiser(), (depot, cust, dem)
