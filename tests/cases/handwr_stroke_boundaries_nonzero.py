# case: finds stroke end positions with nonzero on pen-up flags and gathers the end-point coordinates -> nonzero gives data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrokeEndpoints(nn.Cell):
    def __init__(self, coord_scale=1.0):
        super().__init__()
        self.coord_scale = coord_scale

    def stroke_ends(self, pen_up):
        idx = ops.nonzero(pen_up > 0.5)
        return idx.reshape(-1)

    def construct(self, points):
        ends = self.stroke_ends(points[:, 2])
        end_xy = ops.gather(points[:, :2], ends, 0)
        return end_xy * self.coord_scale


def make():
    np.random.seed(2)
    pts = np.random.rand(18, 3).astype(np.float32)
    pts[:, 2] = 0.0
    pts[[4, 9, 17], 2] = 1.0
    return StrokeEndpoints(), (Tensor(pts),)
