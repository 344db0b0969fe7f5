# case: foreground bounding box from mask projections, applied as a fixed-size box mask (no cropping) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def axis_extent(proj, margin):
    """First/last index where proj is set, computed with fixed-size reductions."""
    n = proj.shape[0]
    idx = ops.arange(n).astype(ms.float32)
    big = Tensor(float(n), ms.float32)
    first = ops.where(proj, idx, big).min()
    last = ops.where(proj, idx, -big).max()
    return ops.clamp(first - margin, 0, n - 1), ops.clamp(last + margin, 0, n - 1)


class ForegroundBoxMask(nn.Cell):
    def __init__(self, margin=2, fill_value=0.0):
        super().__init__()
        self.margin = margin
        self.fill_value = fill_value

    def box_mask(self, fg):
        d, h, w = fg.shape
        z0, z1 = axis_extent(fg.any(axis=(1, 2)), self.margin)
        y0, y1 = axis_extent(fg.any(axis=(0, 2)), self.margin)
        x0, x1 = axis_extent(fg.any(axis=(0, 1)), self.margin)
        zz = ops.arange(d).astype(ms.float32).reshape(d, 1, 1)
        yy = ops.arange(h).astype(ms.float32).reshape(1, h, 1)
        xx = ops.arange(w).astype(ms.float32).reshape(1, 1, w)
        return (zz >= z0) & (zz <= z1) & (yy >= y0) & (yy <= y1) & (xx >= x0) & (xx <= x1)

    def construct(self, image, label):
        keep = self.box_mask(label[0] > 0)
        fill = ops.full_like(image, self.fill_value)
        return ops.select(ops.broadcast_to(keep, image.shape), image, fill)


def make():
    np.random.seed(9)
    image = Tensor(np.random.randn(1, 8, 10, 10).astype(np.float32))
    label = np.zeros((1, 8, 10, 10), np.int32)
    label[0, 2:5, 3:6, 4:8] = 1
    return ForegroundBoxMask(), (image, Tensor(label))
