# case: occupancy grid log-odds update from hit/miss count grids with clamping and probability conversion -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogOddsConfig:
    l_occ = 0.85
    l_free = -0.4
    l_min = -2.0
    l_max = 3.5


class OccupancyUpdater(nn.Cell):
    def __init__(self, cfg=LogOddsConfig()):
        super().__init__()
        self.l_occ = cfg.l_occ
        self.l_free = cfg.l_free
        self.l_min = cfg.l_min
        self.l_max = cfg.l_max

    def to_prob(self, logodds):
        return 1.0 - 1.0 / (1.0 + ops.exp(logodds))

    def construct(self, logodds, hits, misses):
        delta = hits * self.l_occ + misses * self.l_free
        updated = ops.clamp(logodds + delta, self.l_min, self.l_max)
        prob = self.to_prob(updated)
        occupied = (prob > 0.65).astype(ms.float32)
        return updated, occupied


def make():
    np.random.seed(3)
    lo = np.zeros((16, 16), np.float32)
    hits = np.random.randint(0, 3, size=(16, 16)).astype(np.float32)
    misses = np.random.randint(0, 3, size=(16, 16)).astype(np.float32)
    return OccupancyUpdater(), (Tensor(lo), Tensor(hits), Tensor(misses))
