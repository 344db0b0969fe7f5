# case: locate infested trees with ops.nonzero on the scouting grid and gather their canopy vigour scores -> output size depends on data, Graph mode should go dynamic or reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def infestation_mask(counts, threshold):
    return counts >= threshold


class InfestedCanopyReport(nn.Cell):
    def __init__(self, threshold=4):
        super().__init__()
        self.threshold = threshold
        self.vigour_head = nn.Dense(3, 1)

    def construct(self, aphid_counts, canopy_bands):
        # aphid_counts: (trees,), canopy_bands: (trees, 3)
        vigour = self.vigour_head(canopy_bands).squeeze(-1)
        mask = infestation_mask(aphid_counts, self.threshold)
        where = ops.nonzero(mask).squeeze(-1)
        infested_vigour = ops.gather(vigour, where, 0)
        return infested_vigour.mean(), where


def make():
    np.random.seed(5)
    counts = Tensor(np.random.poisson(3.0, size=(40,)).astype(np.int32))
    bands = Tensor(np.random.rand(40, 3).astype(np.float32))
    return InfestedCanopyReport(), (counts, bands)
