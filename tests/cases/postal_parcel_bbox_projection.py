# case: parcel footprint box computed from row/column occupancy projections with argmax on index ramps (no NumPy in construct) -> fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FootprintBox(nn.Cell):
    def __init__(self, rows=24, cols=32, belt_depth=1200.0, min_h=15.0, mm_per_px=4.0):
        super().__init__()
        self.belt_depth = belt_depth
        self.min_h = min_h
        self.mm_per_px = mm_per_px
        self.row_ramp = Tensor(np.arange(rows, dtype=np.float32))
        self.col_ramp = Tensor(np.arange(cols, dtype=np.float32))

    def extent(self, occupied, ramp):
        big = 1e4
        lo = (ramp + (1.0 - occupied) * big).min()
        hi = (ramp - (1.0 - occupied) * big).max()
        return hi - lo + 1.0

    def construct(self, depth_map):
        occ = ((self.belt_depth - depth_map) > self.min_h).astype(ms.float32)
        row_occ = (occ.sum(axis=1) > 0).astype(ms.float32)
        col_occ = (occ.sum(axis=0) > 0).astype(ms.float32)
        length = self.extent(row_occ, self.row_ramp) * self.mm_per_px
        width = self.extent(col_occ, self.col_ramp) * self.mm_per_px
        return ops.stack([length, width])


def make():
    np.random.seed(34)
    depth = np.full((24, 32), 1200.0, dtype=np.float32)
    depth[5:19, 4:27] -= 90.0
    depth += np.random.randn(24, 32).astype(np.float32)
    return FootprintBox(), (Tensor(depth),)
