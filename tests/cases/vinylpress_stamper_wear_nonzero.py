# case: locate worn stamper sectors with ops.nonzero on the wear map after each pressing batch -> nonzero has data-dependent shape, expect dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StamperWearLocator(nn.Cell):
    def __init__(self, n_sectors=36, n_rings=12, wear_limit=0.8):
        super().__init__()
        self.n_sectors = n_sectors
        self.n_rings = n_rings
        self.wear_limit = wear_limit
        self.smooth = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, wear_map):
        w = self.smooth(wear_map.reshape(1, 1, self.n_rings, self.n_sectors))
        w = w.reshape(self.n_rings, self.n_sectors)
        worn = ops.nonzero(w > self.wear_limit)
        return worn, w.max()


def make():
    np.random.seed(5)
    wear = np.random.rand(12, 36).astype(np.float32)
    wear[4:7, 10:14] += 0.6
    return StamperWearLocator(), (Tensor(wear),)
