# case: compacts in-range lidar points into a fixed-size buffer using cumsum write positions and a dump slot for out-of-range points -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RangeCropCompactor(nn.Cell):
    def __init__(self, max_points=32, x_range=(-5.0, 5.0), y_range=(-5.0, 5.0)):
        super().__init__()
        self.max_points = max_points
        self.x_range = x_range
        self.y_range = y_range

    def in_range(self, pts):
        x, y = pts[:, 0], pts[:, 1]
        ok_x = ops.logical_and(x >= self.x_range[0], x < self.x_range[1])
        ok_y = ops.logical_and(y >= self.y_range[0], y < self.y_range[1])
        return ops.logical_and(ok_x, ok_y)

    def construct(self, points):
        keep = self.in_range(points)
        pos = ops.cumsum(keep.astype(ms.int32), axis=0) - 1
        pos = ops.where(ops.logical_and(keep, pos < self.max_points), pos,
                        ops.full_like(pos, self.max_points))
        buf = ops.zeros((self.max_points + 1, points.shape[1]), points.dtype)
        buf = ops.tensor_scatter_update(buf, pos.expand_dims(-1), points)
        count = ops.minimum(keep.astype(ms.int32).sum(), self.max_points)
        return buf[: self.max_points], count


def make():
    np.random.seed(37)
    pts = Tensor(np.random.uniform(-8, 8, size=(40, 4)).astype(np.float32))
    return RangeCropCompactor(), (pts,)
