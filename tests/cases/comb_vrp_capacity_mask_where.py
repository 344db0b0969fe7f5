# case: CVRP feasibility mask from remaining capacity and visited flags, depot kept open via a fixed-size where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CVRPMask(nn.Cell):
    def __init__(self, vehicle_capacity=1.0, allow_consecutive_depot=False):
        super().__init__()
        self.vehicle_capacity = vehicle_capacity
        self.allow_consecutive_depot = allow_consecutive_depot

    def customer_mask(self, demands, used, visited):
        exceeds = demands[:, 1:] + used.expand_dims(-1) > self.vehicle_capacity
        return ops.logical_or(visited[:, 1:], exceeds)

    def construct(self, demands, used, visited, prev_node):
        cust = self.customer_mask(demands, used, visited)
        at_depot = prev_node == 0
        all_done = cust.all(-1)
        if self.allow_consecutive_depot:
            depot = ops.zeros_like(at_depot)
        else:
            depot = ops.logical_and(at_depot, ops.logical_not(all_done))
        mask = ops.concat([depot.expand_dims(-1), cust], -1)
        return mask, ops.where(mask, ops.zeros_like(demands), demands).sum(-1)


def make():
    np.random.seed(24)
    dem = np.random.uniform(0.1, 0.4, (3, 6)).astype(np.float32)
    dem[:, 0] = 0
    vis = np.random.rand(3, 6) < 0.4
    vis[:, 0] = False
    return CVRPMask(), (Tensor(dem), Tensor(np.array([0.1, 0.7, 0.95], np.float32)),
                        Tensor(vis), Tensor(np.array([0, 2, 0], np.int32)))
