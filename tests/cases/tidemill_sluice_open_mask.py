# case: average head difference only over samples where the sluice can open, via boolean-mask indexing -> result size depends on data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SluiceHeadStats(nn.Cell):
    def __init__(self, min_head=0.8):
        super().__init__()
        self.min_head = min_head

    def head(self, sea_level, basin_level):
        return basin_level - sea_level

    def construct(self, sea_level, basin_level):
        dh = self.head(sea_level, basin_level)
        open_mask = dh > self.min_head
        usable = dh[open_mask]
        mean_head = usable.mean()
        return mean_head, open_mask.astype(ms.float32).sum()


def make():
    np.random.seed(3273)
    t = np.linspace(0, 4 * np.pi, 96)
    sea = 2.1 * np.sin(t) + np.random.randn(96) * 0.05
    basin = np.full(96, 1.6) + np.random.randn(96) * 0.02
    return SluiceHeadStats(), (Tensor(sea.astype(np.float32)), Tensor(basin.astype(np.float32)))
