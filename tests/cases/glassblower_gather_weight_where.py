# case: gather weight from radius slices, zeroing slices without molten glow via ops.where with three arguments -> static, should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GLASS_DENSITY_G_CM3 = 2.5


class GatherWeightWhere(nn.Cell):
    def __init__(self, slice_thickness_cm=0.5, glow_cut=0.4):
        super().__init__()
        self.dz = slice_thickness_cm
        self.glow_cut = glow_cut
        self.pi = 3.14159265

    def slice_volumes(self, radii):
        return self.pi * radii * radii * self.dz

    def construct(self, radii, glow):
        vols = self.slice_volumes(radii)
        molten = glow > self.glow_cut
        kept = ops.where(molten, vols, ops.zeros_like(vols))
        grams = kept.sum() * GLASS_DENSITY_G_CM3
        return grams, molten.astype(ms.int32).sum()


def make():
    np.random.seed(52)
    radii = np.random.uniform(1.0, 4.0, size=(24,)).astype(np.float32)
    glow = np.random.rand(24).astype(np.float32)
    return GatherWeightWhere(), (Tensor(radii), Tensor(glow))
