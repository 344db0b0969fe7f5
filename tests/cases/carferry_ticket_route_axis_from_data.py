# case: ticket demand cube (route x day x hour) is summed over an axis chosen by a mode tensor sent from the planning UI, converted with int() -> reduce axis taken from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DemandCubeAggregator(nn.Cell):
    """Aggregates forecast ticket demand over routes, days or hours."""

    def __init__(self, capacity_per_sailing=600.0):
        super().__init__()
        self.capacity = capacity_per_sailing

    def construct(self, demand_cube, agg_axis):
        axis = int(agg_axis)
        total = demand_cube.sum(axis=axis)
        load_factor = total / self.capacity
        return total, load_factor.max()


def make():
    np.random.seed(17)
    cube = np.random.poisson(40, (3, 7, 12)).astype(np.float32)
    return DemandCubeAggregator(), (Tensor(cube), Tensor(np.int32(2)))
