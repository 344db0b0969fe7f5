# case: heat spill between neighbouring oven zones as a sparse COO coupling matrix built in construct -> sparse tensor in the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneHeatSpill(nn.Cell):
    def __init__(self, n_zones=5, spill=0.15):
        super().__init__()
        self.n_zones = n_zones
        rows, cols = [], []
        for z in range(n_zones - 1):
            rows += [z, z + 1]
            cols += [z + 1, z]
        self.indices = Tensor(np.stack([rows, cols], axis=1), ms.int32)
        self.values = Tensor(np.full((len(rows),), spill, np.float32))

    def construct(self, zone_temps):
        coupling = ms.COOTensor(self.indices, self.values, (self.n_zones, self.n_zones))
        dense = coupling.to_dense()
        spill_in = ops.matmul(dense, zone_temps)
        return zone_temps + spill_in - 2 * 0.15 * zone_temps


def make():
    np.random.seed(17)
    temps = np.array([[180.], [210.], [235.], [220.], [190.]], dtype=np.float32)
    return ZoneHeatSpill(), (Tensor(temps),)
