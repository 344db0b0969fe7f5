# case: maps car floors to dispatch zones with comparisons against constructor-fixed zone boundaries and one_hot counts -> arithmetic on fixed shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneBucketizer(nn.Cell):
    def __init__(self, boundaries=(8, 16)):
        super().__init__()
        self.boundaries = boundaries
        self.num_zones = len(boundaries) + 1
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, car_floors):
        zone = ops.zeros_like(car_floors)
        for b in self.boundaries:
            zone = zone + (car_floors >= b).astype(car_floors.dtype)
        counts = ops.one_hot(zone, self.num_zones, self.on, self.off).sum(axis=0)
        return zone, counts


def make():
    np.random.seed(22)
    floors = Tensor(np.random.randint(0, 24, (6,)).astype(np.int32))
    return ZoneBucketizer(), (floors,)
