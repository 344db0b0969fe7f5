# case: estimate exhibit crowding from gate counters with cumulative net flow per interval, all in tensor ops with constant area -> Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def net_flow(entries, exits):
    return entries - exits


class GateCrowdingPlain(nn.Cell):
    def __init__(self, n_gates=6, area_m2=250.0, comfort_per_m2=0.5):
        super().__init__()
        self.area_m2 = area_m2
        self.comfort_per_m2 = comfort_per_m2
        self.mix = nn.Dense(n_gates, n_gates, has_bias=False)

    def construct(self, entries, exits):
        flow = self.mix(net_flow(entries, exits))
        occupancy = ops.cumsum(flow.sum(axis=1), 0)
        density = ops.relu(occupancy) / self.area_m2
        crowded = ops.select(density > self.comfort_per_m2,
                             ops.ones_like(density), ops.zeros_like(density))
        return density, crowded


def make():
    np.random.seed(192)
    entries = Tensor(np.random.poisson(12, size=(20, 6)).astype(np.float32))
    exits = Tensor(np.random.poisson(10, size=(20, 6)).astype(np.float32))
    return GateCrowdingPlain(), (entries, exits)
