# case: stroke augmentation builds a plain Python BoundingBox object from tensors, mutates it with a margin and reads it back -> compile error at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoundingBox:
    def __init__(self, x_min, y_min, x_max, y_max):
        self.x_min = x_min
        self.y_min = y_min
        self.x_max = x_max
        self.y_max = y_max

    def pad(self, margin):
        self.x_min = self.x_min - margin
        self.y_min = self.y_min - margin
        self.x_max = self.x_max + margin
        self.y_max = self.y_max + margin

    def size(self):
        return self.x_max - self.x_min, self.y_max - self.y_min


class CenterAndScale(nn.Cell):
    """Centre a sketch in its padded bounding box and scale to unit size."""

    def __init__(self, margin=0.1):
        super().__init__()
        self.margin = margin

    def construct(self, strokes):
        xy = ops.cumsum(strokes[:, :2], axis=0)
        lo = xy.min(axis=0)
        hi = xy.max(axis=0)
        box = BoundingBox(lo[0], lo[1], hi[0], hi[1])
        box.pad(self.margin)
        w, h = box.size()
        scale = ops.maximum(w, h)
        centre = ops.stack([box.x_min + w / 2, box.y_min + h / 2])
        return (xy - centre) / scale


def make():
    np.random.seed(7)
    strokes = np.random.randn(11, 3).astype(np.float32)
    return CenterAndScale(), (Tensor(strokes),)
