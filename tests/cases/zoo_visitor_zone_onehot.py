# case: tally dwell minutes per exhibit zone with a one-hot over the known number of zones -> fixed zone count from config, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneDwellTally(nn.Cell):
    def __init__(self, n_zones=8):
        super().__init__()
        self.n_zones = n_zones
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, zone_ids, dwell_minutes):
        one_hot = ops.one_hot(zone_ids, self.n_zones, self.on, self.off)
        dwell_per_zone = ops.matmul(dwell_minutes.expand_dims(0), one_hot).squeeze(0)
        visits = one_hot.sum(axis=0)
        avg = dwell_per_zone / ops.maximum(visits, 1.0)
        return dwell_per_zone, avg


def make():
    np.random.seed(42)
    zone_ids = Tensor(np.random.randint(0, 8, size=(40,)).astype(np.int32))
    dwell = Tensor(np.random.uniform(1, 25, size=(40,)).astype(np.float32))
    return ZoneDwellTally(), (zone_ids, dwell)
