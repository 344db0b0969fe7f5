# case: gather vigour scores for the fixed set of sentinel trees where pheromone traps hang -> constant indices, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SENTINEL_TREES = (0, 7, 14, 21, 28, 35)


class SentinelCanopyReport(nn.Cell):
    def __init__(self, sentinels=SENTINEL_TREES):
        super().__init__()
        self.sentinel_idx = Tensor(np.array(sentinels, dtype=np.int32))
        self.vigour_head = nn.Dense(3, 1)

    def construct(self, aphid_counts, canopy_bands):
        vigour = self.vigour_head(canopy_bands).squeeze(-1)
        sentinel_vigour = ops.gather(vigour, self.sentinel_idx, 0)
        sentinel_counts = ops.gather(aphid_counts, self.sentinel_idx, 0)
        pressure = sentinel_counts.astype(ms.float32) / (sentinel_vigour.abs() + 1.0)
        return pressure.mean(), sentinel_vigour


def make():
    np.random.seed(6)
    counts = Tensor(np.random.poisson(3.0, size=(40,)).astype(np.int32))
    bands = Tensor(np.random.rand(40, 3).astype(np.float32))
    return SentinelCanopyReport(), (counts, bands)
