# case: zeros out demands of stops that exceed remaining capacity by multiplying a fixed-size float mask -> elementwise mask keeps static shape, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeasibleDemandMasked(nn.Cell):
    def __init__(self, vehicle_capacity=8.0):
        super().__init__()
        self.vehicle_capacity = vehicle_capacity

    def construct(self, demands, current_load):
        room = self.vehicle_capacity - current_load
        fits = (demands <= room).astype(demands.dtype)
        feasible = demands * fits
        n_feasible = fits.sum()
        return feasible.sum(), feasible, n_feasible


def make():
    np.random.seed(22)
    demands = Tensor(np.random.uniform(0.5, 6.0, size=(15,)).astype(np.float32))
    return FeasibleDemandMasked(), (demands, Tensor(np.float32(3.0)))
