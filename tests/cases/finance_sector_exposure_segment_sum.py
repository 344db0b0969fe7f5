# case: sector exposures with unsorted_segment_sum where the number of sectors is max(sector_id)+1 from data -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SectorNeutralizer(nn.Cell):
    """Demeans portfolio weights within each sector."""

    def __init__(self):
        super().__init__()

    def num_sectors(self, sector_ids):
        return sector_ids.max() + 1

    def construct(self, weights, sector_ids):
        n_sec = self.num_sectors(sector_ids)
        exposure = ops.unsorted_segment_sum(weights, sector_ids, n_sec)
        counts = ops.unsorted_segment_sum(ops.ones_like(weights), sector_ids, n_sec)
        sector_mean = exposure / ops.maximum(counts, 1.0)
        neutral = weights - ops.gather(sector_mean, sector_ids, 0)
        return neutral, exposure


def make():
    np.random.seed(13)
    w = np.random.randn(10).astype(np.float32) * 0.1
    sec = np.array([0, 1, 2, 0, 1, 2, 3, 3, 0, 1], np.int32)
    return SectorNeutralizer(), (Tensor(w), Tensor(sec))
