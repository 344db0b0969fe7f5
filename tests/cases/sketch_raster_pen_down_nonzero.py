# case: rasterises absolute stroke points onto a canvas, scattering only pen-down points found with nonzero -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointRasterizer(nn.Cell):
    """Stamp the pen-down points of a stroke-3 sequence onto an HxW canvas."""

    def __init__(self, canvas_size=16, margin=1):
        super().__init__()
        self.canvas_size = canvas_size
        self.margin = margin

    def to_pixels(self, strokes):
        xy = ops.cumsum(strokes[:, :2], axis=0)
        lo = xy.min(axis=0, keepdims=True)
        hi = xy.max(axis=0, keepdims=True)
        span = ops.maximum(hi - lo, 1e-3)
        usable = self.canvas_size - 1 - 2 * self.margin
        pix = (xy - lo) / span * usable + self.margin
        return ops.round(pix).astype(ms.int32)

    def gather_pen_down(self, pix, pen_lift):
        pen_down = pen_lift < 0.5
        idx = ops.nonzero(pen_down)
        return ops.gather_nd(pix, idx)

    def construct(self, strokes):
        pix = self.to_pixels(strokes)
        pts = self.gather_pen_down(pix, strokes[:, 2])
        pts = pts[:, ::-1]
        ones = ops.ones((pts.shape[0],), ms.float32)
        canvas = ops.zeros((self.canvas_size, self.canvas_size), ms.float32)
        canvas = ops.tensor_scatter_update(canvas, pts, ones)
        return canvas


def make():
    np.random.seed(2)
    strokes = np.random.randn(10, 3).astype(np.float32)
    strokes[:, 2] = np.array([0, 0, 1, 0, 0, 0, 1, 0, 0, 1], np.float32)
    return PointRasterizer(), (Tensor(strokes),)
