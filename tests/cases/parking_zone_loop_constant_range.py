# case: per-zone occupancy sums with a constant Python for-loop over 4 configured zones -> static, loop unrolled
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneOccupancy(nn.Cell):
    def __init__(self, zone_sizes=(6, 6, 8, 4)):
        super().__init__()
        self.zone_sizes = zone_sizes
        self.num_zones = len(zone_sizes)

    def construct(self, occupied):
        counts = []
        start = 0
        for i in range(self.num_zones):
            size = self.zone_sizes[i]
            counts.append(occupied[start:start + size].sum())
            start += size
        counts = ops.stack(counts)
        capacity = Tensor(np.array(self.zone_sizes, dtype=np.float32))
        return counts, counts.astype(ms.float32) / capacity


def make():
    np.random.seed(9)
    occ = Tensor(np.random.randint(0, 2, 24).astype(np.int32))
    return ZoneOccupancy(), (occ,)
