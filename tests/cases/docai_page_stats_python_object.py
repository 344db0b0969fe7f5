# case: a plain Python PageStats object held by the Cell is mutated (counter increment, list append of region counts) inside construct -> error or side effect dropped
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PageStats:
    def __init__(self):
        self.num_pages = 0
        self.region_counts = []


class RegionCounter(nn.Cell):
    def __init__(self, thresh=0.4):
        super().__init__()
        self.thresh = thresh
        self.stats = PageStats()

    def construct(self, region_scores):
        count = (region_scores > self.thresh).astype(ms.int32).sum()
        self.stats.num_pages += 1
        self.stats.region_counts.append(count)
        return count


def make():
    np.random.seed(13)
    scores = Tensor(np.random.rand(15).astype(np.float32))
    return RegionCounter(), (scores,)
