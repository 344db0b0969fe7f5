# case: estimate exhibit crowding from gate counters, deleting the large intermediate flow tensor with del to save memory -> del statement in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateCrowding(nn.Cell):
    def __init__(self, n_gates=6, area_m2=250.0):
        super().__init__()
        self.area_m2 = area_m2
        self.mix = nn.Dense(n_gates, n_gates, has_bias=False)

    def construct(self, entries, exits):
        flow = self.mix(entries - exits)
        occupancy = ops.cumsum(flow.sum(axis=1), 0)
        del flow
        density = ops.relu(occupancy) / self.area_m2
        return density


def make():
    np.random.seed(191)
    entries = Tensor(np.random.poisson(12, size=(20, 6)).astype(np.float32))
    exits = Tensor(np.random.poisson(10, size=(20, 6)).astype(np.float32))
    return GateCrowding(), (entries, exits)
