# case: near miss: both arms of a tensor if in a loop append one node to the route -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouteBuilder(nn.Cell):
    def __init__(self, capacity=1.0, depot=0):
        super().__init__()
        self.capacity = capacity
        self.depot = depot

    def append(self, route, node):
        return ops.concat([route, node.view(1)])

    def construct(self, order, demands):
        depot = Tensor([self.depot], ms.int32)
        route = depot
        load = Tensor(0.0, ms.float32)
        for i in range(order.shape[0]):
            cust = order[i]
            d = demands[cust]
            if load + d > self.capacity:
                route = self.append(route, depot[0])
                load = d
            else:
                route = self.append(route, cust)
                load = load + d
        return route, load


def make():
    np.random.seed(14)
    order = Tensor(np.array([3, 1, 4, 2, 5], np.int32))
    demands = Tensor(np.array([0.0, 0.3, 0.4, 0.5, 0.2, 0.35], np.float32))
    return RouteBuilder(), (order, demands)
