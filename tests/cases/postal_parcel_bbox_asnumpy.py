# case: parcel footprint box is found by converting the occupancy mask with .asnumpy() and np.where inside construct -> NumPy on tensors in construct, rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FootprintBox(nn.Cell):
    def __init__(self, belt_depth=1200.0, min_h=15.0, mm_per_px=4.0):
        super().__init__()
        self.belt_depth = belt_depth
        self.min_h = min_h
        self.mm_per_px = mm_per_px

    def construct(self, depth_map):
        occ = (self.belt_depth - depth_map) > self.min_h
        rows, cols = np.where(occ.asnumpy())
        length = (rows.max() - rows.min() + 1) * self.mm_per_px
        width = (cols.max() - cols.min() + 1) * self.mm_per_px
        return Tensor(np.array([length, width], dtype=np.float32))


def make():
    np.random.seed(33)
    depth = np.full((24, 32), 1200.0, dtype=np.float32)
    depth[5:19, 4:27] -= 90.0
    depth += np.random.randn(24, 32).astype(np.float32)
    return FootprintBox(), (Tensor(depth),)
