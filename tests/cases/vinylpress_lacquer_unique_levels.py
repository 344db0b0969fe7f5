# case: list the distinct lacquer cutting levels (quantised to 0.5 dB) used across a side, via ops.unique -> unique output size depends on data, expect dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def quantise_db(level_db, step):
    return ops.round(level_db / step) * step


class CuttingLevelInventory(nn.Cell):
    def __init__(self, step_db=0.5, ref_db=-12.0):
        super().__init__()
        self.step_db = step_db
        self.ref_db = ref_db

    def construct(self, cut_levels_db):
        rel = cut_levels_db - self.ref_db
        q = quantise_db(rel, self.step_db)
        levels, idx = ops.unique(q)
        return levels, idx


def make():
    np.random.seed(41)
    lv = (-12.0 + np.random.randn(300) * 1.5).astype(np.float32)
    return CuttingLevelInventory(), (Tensor(lv),)
