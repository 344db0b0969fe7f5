# case: sector-neutralize scores by finding the distinct sector ids with ops.unique and averaging per sector with unsorted_segment_sum -> unique gives a data-dependent number of sectors, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SectorNeutralizer(nn.Cell):
    def __init__(self):
        super().__init__()

    def sector_means(self, scores, seg, n_sec):
        sums = ops.unsorted_segment_sum(scores, seg, n_sec)
        cnts = ops.unsorted_segment_sum(ops.ones_like(scores), seg, n_sec)
        return sums / cnts

    def construct(self, scores, sector_ids):
        sectors, seg = ops.unique(sector_ids)
        n_sec = sectors.shape[0]
        means = self.sector_means(scores, seg, n_sec)
        return scores - ops.gather(means, seg, 0)


def make():
    np.random.seed(20)
    scores = Tensor(np.random.randn(15).astype(np.float32))
    sector_ids = Tensor(np.random.choice([3, 7, 11, 20], 15).astype(np.int32))
    return SectorNeutralizer(), (scores, sector_ids)
