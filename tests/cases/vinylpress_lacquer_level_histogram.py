# case: histogram the lacquer cutting levels into a fixed set of 0.5 dB bins with one-hot counting -> fixed bin count, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CuttingLevelHistogram(nn.Cell):
    def __init__(self, n_bins=24, step_db=0.5, floor_db=-18.0):
        super().__init__()
        self.n_bins = n_bins
        self.step_db = step_db
        self.floor_db = floor_db
        self.one_hot = ops.OneHot()
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, cut_levels_db):
        b = ops.floor((cut_levels_db - self.floor_db) / self.step_db)
        b = ops.clamp(b, 0, self.n_bins - 1).astype(ms.int32)
        counts = self.one_hot(b, self.n_bins, self.on, self.off).sum(axis=0)
        modal_bin = counts.argmax()
        return counts, modal_bin


def make():
    np.random.seed(42)
    lv = (-12.0 + np.random.randn(300) * 1.5).astype(np.float32)
    return CuttingLevelHistogram(), (Tensor(lv),)
