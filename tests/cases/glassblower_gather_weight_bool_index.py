# case: estimate gather weight on the punty from radius slices, keeping only slices where molten glass was detected via boolean-mask indexing -> boolean index gives data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GLASS_DENSITY_G_CM3 = 2.5


class GatherWeight(nn.Cell):
    def __init__(self, slice_thickness_cm=0.5):
        super().__init__()
        self.dz = slice_thickness_cm
        self.pi = 3.14159265

    def slice_volumes(self, radii):
        return self.pi * radii * radii * self.dz

    def construct(self, radii, glow):
        vols = self.slice_volumes(radii)
        molten = glow > 0.4
        kept = vols[molten]
        return kept.sum() * GLASS_DENSITY_G_CM3


def make():
    np.random.seed(51)
    radii = np.random.uniform(1.0, 4.0, size=(24,)).astype(np.float32)
    glow = np.random.rand(24).astype(np.float32)
    return GatherWeight(), (Tensor(radii), Tensor(glow))
