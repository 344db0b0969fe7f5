# case: computes the load of each vehicle in a constant loop over num_vehicles, appending to a list and stacking -> list grown in a constant-length loop, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VehicleLoads(nn.Cell):
    def __init__(self, num_vehicles=3, capacity=15.0):
        super().__init__()
        self.num_vehicles = num_vehicles
        self.capacity = capacity

    def construct(self, assignment, demands):
        loads = []
        for v in range(self.num_vehicles):
            mask = (assignment == v).astype(demands.dtype)
            loads.append((mask * demands).sum())
        loads = ops.stack(loads)
        return loads, loads <= self.capacity


def make():
    np.random.seed(38)
    assignment = Tensor(np.random.randint(0, 3, size=(10,)).astype(np.int32))
    demands = Tensor(np.random.uniform(1, 5, size=(10,)).astype(np.float32))
    return VehicleLoads(), (assignment, demands)
