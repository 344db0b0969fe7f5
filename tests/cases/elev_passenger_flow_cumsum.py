# case: integrates boarding and alighting counts per stop with cumsum to track car occupancy along a trip and clips at capacity -> fixed-size scan, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TripOccupancy(nn.Cell):
    def __init__(self, capacity=13.0):
        super().__init__()
        self.capacity = capacity

    def construct(self, boarding, alighting, initial):
        delta = boarding - alighting
        occ = ops.cumsum(delta, axis=-1) + initial.expand_dims(-1)
        occ = ops.clamp(occ, 0.0, self.capacity)
        full_stops = (occ >= self.capacity).astype(ms.float32).sum(axis=-1)
        return occ, full_stops, occ.max(axis=-1)


def make():
    np.random.seed(36)
    boarding = Tensor(np.random.randint(0, 6, (3, 8)).astype(np.float32))
    alighting = Tensor(np.random.randint(0, 4, (3, 8)).astype(np.float32))
    initial = Tensor(np.array([0.0, 2.0, 5.0], np.float32))
    return TripOccupancy(), (boarding, alighting, initial)
