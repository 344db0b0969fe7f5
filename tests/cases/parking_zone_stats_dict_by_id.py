# case: per-zone occupancy stored in a dict keyed by int() of tensor zone ids inside construct -> dict keyed by tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneTally(nn.Cell):
    def __init__(self, num_zones=3):
        super().__init__()
        self.num_zones = num_zones

    def construct(self, zone_ids, occupied):
        tally = {}
        for i in range(zone_ids.shape[0]):
            z = int(zone_ids[i])
            tally[z] = tally.get(z, 0) + occupied[i]
        out = ops.zeros(self.num_zones, ms.int32)
        for z in tally:
            out[z] = tally[z]
        return out


def make():
    np.random.seed(29)
    zones = Tensor(np.random.randint(0, 3, 9).astype(np.int32))
    occ = Tensor(np.random.randint(0, 2, 9).astype(np.int32))
    return ZoneTally(), (zones, occ)
