# case: stay-point flags with ops.select and a masked centroid over a fixed-length trajectory -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StayFlagger(nn.Cell):
    """Per-fix stay flag (distance to previous fix small and dwell long enough)."""

    def __init__(self, dist_thresh=50.0, time_thresh=60.0):
        super().__init__()
        self.dist_thresh = dist_thresh
        self.time_thresh = time_thresh

    def construct(self, xy, t):
        d = xy[1:] - xy[:-1]
        dist = ops.sqrt((d * d).sum(axis=1))
        dt = t[1:] - t[:-1]
        close = ops.logical_and(dist < self.dist_thresh, dt >= self.time_thresh)
        first = ops.zeros((1,), ms.bool_)
        return ops.concat([first, close])


class StayCentroid(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flagger = StayFlagger()

    def construct(self, xy, t):
        flags = self.flagger(xy, t)
        w = ops.select(flags, ops.ones_like(t), ops.zeros_like(t))
        n_stay = w.sum()
        centroid = (xy * ops.expand_dims(w, 1)).sum(axis=0) / ops.maximum(n_stay, 1.0)
        dwell = (w * ops.concat([ops.zeros((1,), ms.float32), t[1:] - t[:-1]])).sum()
        return centroid, dwell, flags


def make():
    np.random.seed(22)
    steps = np.where(np.random.rand(10, 1) < 0.5, 5.0, 200.0) * np.ones((10, 2))
    xy = np.cumsum(steps, axis=0).astype(np.float32)
    t = np.cumsum(np.random.randint(30, 120, size=10)).astype(np.float32)
    return StayCentroid(), (Tensor(xy), Tensor(t))
