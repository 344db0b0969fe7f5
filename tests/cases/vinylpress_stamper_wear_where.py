# case: clamp worn stamper sectors to the wear ceiling using three-argument ops.where on the smoothed wear map -> elementwise select, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StamperWearClamp(nn.Cell):
    def __init__(self, n_sectors=36, n_rings=12, wear_limit=0.8):
        super().__init__()
        self.n_sectors = n_sectors
        self.n_rings = n_rings
        self.wear_limit = wear_limit
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, wear_map):
        w = self.smooth(wear_map.reshape(1, 1, self.n_rings, self.n_sectors))
        w = w.reshape(self.n_rings, self.n_sectors)
        ceiling = ops.full_like(w, self.wear_limit)
        clamped = ops.where(w > self.wear_limit, ceiling, w)
        worn_fraction = (w > self.wear_limit).astype(ms.float32).mean()
        return clamped, worn_fraction


def make():
    np.random.seed(6)
    wear = np.random.rand(12, 36).astype(np.float32)
    wear[4:7, 10:14] += 0.6
    return StamperWearClamp(), (Tensor(wear),)
