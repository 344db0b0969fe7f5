# case: keeps only depth-sensor obstacle points closer than a range limit using masked_select -> dynamic-shape output in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearObstacleFilter(nn.Cell):
    def __init__(self, max_range=8.0, min_range=0.3):
        super().__init__()
        self.max_range = max_range
        self.min_range = min_range

    def point_ranges(self, points):
        return ops.sqrt(ops.reduce_sum(points * points, 2))

    def construct(self, points):
        # points: (frames, n_points, 3) from the depth camera
        ranges = self.point_ranges(points)
        valid = ops.logical_and(ranges > self.min_range, ranges < self.max_range)
        near_ranges = ops.masked_select(ranges, valid)
        return near_ranges.mean(), near_ranges


def make():
    np.random.seed(0)
    pts = np.random.uniform(-10.0, 10.0, size=(2, 32, 3)).astype(np.float32)
    return NearObstacleFilter(), (Tensor(pts),)
