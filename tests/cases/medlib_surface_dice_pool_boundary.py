# case: SurfaceDice-style metric Cell that extracts boundaries with max-pool erosion and dilates them by a tolerance given in voxels (for-loop over a config int) -> all tensor ops with constant loop count, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurfaceDiceConfig:
    def __init__(self, tolerance_vox=1, include_background=False, use_subvoxels=False):
        self.tolerance_vox = tolerance_vox
        self.include_background = include_background
        self.use_subvoxels = use_subvoxels


class MorphologyMixin:
    def erode(self, m):
        return -ops.max_pool3d(-m, 3, 1, 1)

    def dilate(self, m):
        return ops.max_pool3d(m, 3, 1, 1)

    def boundary(self, m):
        return m - self.erode(m)


class SurfaceDice(nn.Cell, MorphologyMixin):
    def __init__(self, config=SurfaceDiceConfig()):
        super().__init__()
        self.tolerance_vox = config.tolerance_vox
        self.include_background = config.include_background

    def _band(self, surface):
        band = surface
        for _ in range(self.tolerance_vox):
            band = self.dilate(band)
        return band

    def construct(self, y_pred, y):
        if not self.include_background:
            y_pred, y = y_pred[:, 1:], y[:, 1:]
        sp, sg = self.boundary(y_pred), self.boundary(y)
        hits = (sp * self._band(sg)).sum(axis=(2, 3, 4)) + (sg * self._band(sp)).sum(axis=(2, 3, 4))
        total = sp.sum(axis=(2, 3, 4)) + sg.sum(axis=(2, 3, 4))
        nsd = hits / ops.maximum(total, Tensor(1.0, ms.float32))
        return ops.where(total > 0, nsd, ops.ones_like(nsd))


def make():
    np.random.seed(17)
    y = np.zeros((1, 2, 8, 8, 8), np.float32)
    y[0, 1, 2:6, 2:6, 2:6] = 1
    p = np.zeros((1, 2, 8, 8, 8), np.float32)
    p[0, 1, 3:7, 2:6, 1:5] = 1
    return SurfaceDice(), (Tensor(p), Tensor(y))
