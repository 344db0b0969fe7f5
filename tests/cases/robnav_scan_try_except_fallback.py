# case: scan preprocessor wraps the reshape into angular sectors in try/except and falls back to the raw scan -> try/except in construct, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SectorMin(nn.Cell):
    def __init__(self, num_sectors=6, max_range=5.0):
        super().__init__()
        self.num_sectors = num_sectors
        self.max_range = max_range

    def construct(self, ranges):
        clean = ops.where(ranges > 0.0, ranges, ops.full_like(ranges, self.max_range))
        try:
            sectors = clean.reshape(self.num_sectors, -1)
            out = sectors.min(axis=1)
        except ValueError:
            out = clean
        return out


def make():
    np.random.seed(22)
    r = np.random.uniform(0.0, 6.0, size=(36,)).astype(np.float32)
    return SectorMin(), (Tensor(r),)
