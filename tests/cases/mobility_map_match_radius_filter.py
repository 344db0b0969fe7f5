# case: nearest-segment map matching then keeps only points within a snapping radius via boolean indexing -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentIndex(nn.Cell):
    """Holds road segment midpoints (projected metres) as a constant table."""

    def __init__(self, midpoints):
        super().__init__()
        self.midpoints = Tensor(midpoints, ms.float32)

    def construct(self, points):
        diff = ops.expand_dims(points, 1) - ops.expand_dims(self.midpoints, 0)
        return ops.sqrt((diff * diff).sum(axis=-1))


class NearestRoadMatcher(nn.Cell):
    def __init__(self, midpoints, radius_m=30.0, return_dist=False):
        super().__init__()
        self.index = SegmentIndex(midpoints)
        self.radius = radius_m
        self.return_dist = return_dist

    def construct(self, points):
        dist = self.index(points)
        seg_id = ops.argmin(dist, axis=1)
        best = dist.min(axis=1)
        matched = seg_id[best < self.radius]
        if self.return_dist:
            return matched, best
        return matched


def make():
    np.random.seed(4)
    mids = np.random.uniform(0, 200, size=(8, 2)).astype(np.float32)
    pts = (mids[np.random.randint(0, 8, size=10)] + np.random.normal(0, 25, size=(10, 2))).astype(np.float32)
    return NearestRoadMatcher(mids), (Tensor(pts),)
