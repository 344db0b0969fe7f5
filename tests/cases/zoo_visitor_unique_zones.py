# case: count distinct exhibit zones visited in a ticket-scan batch with ops.unique and build per-zone tallies -> unique output size is data-dependent, Graph mode dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneVisitTally(nn.Cell):
    def __init__(self, n_zones=8):
        super().__init__()
        self.n_zones = n_zones

    def construct(self, zone_ids, dwell_minutes):
        zones, inverse = ops.unique(zone_ids)
        n_distinct = zones.shape[0]
        one_hot = ops.one_hot(inverse, n_distinct, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        dwell_per_zone = ops.matmul(dwell_minutes.expand_dims(0), one_hot).squeeze(0)
        return zones, dwell_per_zone


def make():
    np.random.seed(41)
    zone_ids = Tensor(np.random.randint(0, 8, size=(40,)).astype(np.int32))
    dwell = Tensor(np.random.uniform(1, 25, size=(40,)).astype(np.float32))
    return ZoneVisitTally(), (zone_ids, dwell)
