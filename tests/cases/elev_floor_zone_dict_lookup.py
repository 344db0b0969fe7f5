# case: maps each car's current floor to a dispatch zone through a Python dict keyed by int(floor) inside construct -> dict lookup with tensor-derived keys, host conversion, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


ZONE_OF_FLOOR = {f: (0 if f < 8 else 1 if f < 16 else 2) for f in range(24)}


class ZoneAssigner(nn.Cell):
    def __init__(self, num_zones=3):
        super().__init__()
        self.num_zones = num_zones
        self.zone_of_floor = ZONE_OF_FLOOR

    def construct(self, car_floors):
        zones = []
        for i in range(car_floors.shape[0]):
            zones.append(self.zone_of_floor[int(car_floors[i])])
        zone_t = Tensor(zones, ms.int32)
        counts = ops.one_hot(zone_t, self.num_zones, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(axis=0)
        return zone_t, counts


def make():
    np.random.seed(21)
    floors = Tensor(np.random.randint(0, 24, (6,)).astype(np.int32))
    return ZoneAssigner(), (floors,)
