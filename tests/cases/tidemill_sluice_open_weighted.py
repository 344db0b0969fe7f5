# case: average head difference over sluice-open samples using the mask as a 0/1 weight -> fixed shapes, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SluiceHeadWeighted(nn.Cell):
    def __init__(self, min_head=0.8, eps=1e-6):
        super().__init__()
        self.min_head = min_head
        self.eps = eps

    def head(self, sea_level, basin_level):
        return basin_level - sea_level

    def construct(self, sea_level, basin_level):
        dh = self.head(sea_level, basin_level)
        open_w = (dh > self.min_head).astype(ms.float32)
        n_open = open_w.sum()
        mean_head = (dh * open_w).sum() / (n_open + self.eps)
        return mean_head, n_open


def make():
    np.random.seed(3274)
    t = np.linspace(0, 4 * np.pi, 96)
    sea = 2.1 * np.sin(t) + np.random.randn(96) * 0.05
    basin = np.full(96, 1.6) + np.random.randn(96) * 0.02
    return SluiceHeadWeighted(), (Tensor(sea.astype(np.float32)), Tensor(basin.astype(np.float32)))
