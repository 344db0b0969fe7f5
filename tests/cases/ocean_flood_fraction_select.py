# case: flood extent fraction per catchment using ops.select to zero shallow cells and a fixed-size mask multiply -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FloodFraction(nn.Cell):
    def __init__(self, threshold_m=0.25):
        super().__init__()
        self.threshold = threshold_m

    def depth(self, level, ground):
        return ops.relu(level - ground)

    def construct(self, level, ground, catchment_mask):
        d = self.depth(level, ground)
        wet = d > self.threshold
        d_wet = ops.select(wet, d, ops.zeros_like(d))
        wet_f = wet.astype(ms.float32) * catchment_mask
        frac = wet_f.sum(axis=(-2, -1)) / catchment_mask.sum(axis=(-2, -1))
        mean_depth = (d_wet * catchment_mask).sum(axis=(-2, -1)) / (wet_f.sum(axis=(-2, -1)) + 1e-6)
        return frac, mean_depth


def make():
    np.random.seed(5)
    ground = np.random.uniform(0, 2, (3, 12, 12)).astype(np.float32)
    level = np.random.uniform(0.5, 1.5, (3, 1, 1)).astype(np.float32) * np.ones((3, 12, 12), np.float32)
    mask = (np.random.rand(3, 12, 12) > 0.3).astype(np.float32)
    return FloodFraction(), (Tensor(level), Tensor(ground), Tensor(mask))
