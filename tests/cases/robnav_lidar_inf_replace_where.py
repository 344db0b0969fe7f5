# case: replace inf/nan/out-of-range lidar returns with max_range via ops.where before a sector min -> static shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScanSanitizer(nn.Cell):
    def __init__(self, num_sectors=8, max_range=6.0):
        super().__init__()
        self.num_sectors = num_sectors
        self.max_range = max_range

    def sanitize(self, ranges):
        bad = ops.logical_or(ops.isnan(ranges), ops.isinf(ranges))
        bad = ops.logical_or(bad, ranges <= 0.0)
        fill = ops.full_like(ranges, self.max_range)
        clean = ops.where(bad, fill, ranges)
        return ops.clamp(clean, 0.0, self.max_range)

    def construct(self, ranges):
        clean = self.sanitize(ranges)
        b, n = clean.shape
        sectors = clean.reshape(b, self.num_sectors, n // self.num_sectors)
        return sectors.min(axis=-1)


def make():
    np.random.seed(1)
    scan = np.random.uniform(0.2, 9.0, size=(2, 48)).astype(np.float32)
    scan[0, 3] = np.inf
    scan[1, 10] = np.nan
    scan[1, 20] = 0.0
    return ScanSanitizer(), (Tensor(scan),)
