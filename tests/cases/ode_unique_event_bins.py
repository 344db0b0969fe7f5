# case: maps event times of a threshold crossing onto output grid bins and deduplicates them with ops.unique -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EventBinning(nn.Cell):
    def __init__(self, n_bins=10, t_end=2.0):
        super().__init__()
        self.n_bins = n_bins
        self.t_end = t_end

    def construct(self, t_grid, values, level):
        crossed = ops.logical_xor(values[:-1] > level, values[1:] > level)
        t_mid = 0.5 * (t_grid[:-1] + t_grid[1:])
        t_cross = ops.where(crossed, t_mid, ops.zeros_like(t_mid))
        bins = ops.floor(t_cross / self.t_end * self.n_bins).astype(ms.int32)
        uniq, _ = ops.unique(bins)
        return uniq


def make():
    np.random.seed(7)
    t = np.linspace(0.0, 2.0, 25).astype(np.float32)
    v = np.sin(4.0 * t).astype(np.float32)
    return EventBinning(), (Tensor(t), Tensor(v), Tensor(0.2, ms.float32))
