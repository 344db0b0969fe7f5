# case: keeps only pen-down points with masked_select before computing the ink centroid -> dynamic-shape op in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InkCentroid(nn.Cell):
    def __init__(self, pen_threshold=0.5):
        super().__init__()
        self.pen_threshold = pen_threshold

    def construct(self, points):
        # points: (T, 3) with columns x, y, pen_up
        pen_down = points[:, 2] < self.pen_threshold
        xs = ops.masked_select(points[:, 0], pen_down)
        ys = ops.masked_select(points[:, 1], pen_down)
        cx = xs.mean()
        cy = ys.mean()
        centered = points[:, :2] - ops.stack([cx, cy])
        return centered


def make():
    np.random.seed(1)
    pts = np.random.rand(16, 3).astype(np.float32)
    pts[:, 2] = (np.random.rand(16) > 0.6).astype(np.float32)
    return InkCentroid(), (Tensor(pts),)
