# case: outlier detector appends every batch mean to a module-level cache list inside construct -> mutating global Python state in construct, error or silently ignored in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

READING_CACHE = []


class ZScoreOutlier(nn.Cell):
    def __init__(self, z_limit=3.0):
        super().__init__()
        self.z_limit = z_limit

    def construct(self, readings):
        mu = readings.mean(axis=1, keep_dims=True)
        sigma = readings.std(axis=1, keepdims=True) + 1e-6
        READING_CACHE.append(mu)
        z = (readings - mu) / sigma
        return ops.abs(z) > self.z_limit


def make():
    np.random.seed(14)
    r = np.random.normal(1.2, 0.3, size=(5, 48)).astype(np.float32)
    r[2, 10] = 8.0
    return ZScoreOutlier(), (Tensor(r),)
