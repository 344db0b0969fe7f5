# case: keeps only stops whose demand fits the remaining capacity via masked_select and sums them -> masked_select output is data-dependent, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeasibleDemand(nn.Cell):
    def __init__(self, vehicle_capacity=8.0):
        super().__init__()
        self.vehicle_capacity = vehicle_capacity

    def remaining(self, current_load):
        return self.vehicle_capacity - current_load

    def construct(self, demands, current_load):
        room = self.remaining(current_load)
        fits = demands <= room
        feasible = ops.masked_select(demands, fits)
        return feasible.sum(), feasible


def make():
    np.random.seed(1)
    demands = Tensor(np.random.uniform(0.5, 6.0, size=(15,)).astype(np.float32))
    current_load = Tensor(np.float32(3.0))
    return FeasibleDemand(), (demands, current_load)
