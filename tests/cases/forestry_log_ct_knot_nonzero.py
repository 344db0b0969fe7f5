# case: log CT scan finds knot voxel coordinates with nonzero and computes their centroid -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KnotLocator(nn.Cell):
    """Locates knots in a CT density volume of a saw log (density in kg/m3)."""

    def __init__(self, knot_density=650.0):
        super().__init__()
        self.knot_density = knot_density

    def knot_voxels(self, volume):
        return ops.nonzero(volume > self.knot_density)

    def construct(self, volume):
        coords = self.knot_voxels(volume).astype(ms.float32)
        centroid = coords.mean(axis=0)
        spread = coords.std(axis=0)
        return centroid, spread


def make():
    np.random.seed(1)
    vol = np.random.normal(450, 120, (8, 12, 12)).astype(np.float32)
    return KnotLocator(), (Tensor(vol),)
