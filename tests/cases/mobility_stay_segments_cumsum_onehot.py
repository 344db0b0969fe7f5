# case: stay segment ids via cumsum of move flags, centroids through a fixed max_segments one-hot matmul -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StaySegmenter(nn.Cell):
    """Splits a trajectory into stay segments: a new segment starts after a big jump."""

    def __init__(self, jump_m=100.0, max_segments=6):
        super().__init__()
        self.jump_m = jump_m
        self.max_segments = max_segments

    def segment_ids(self, xy):
        d = xy[1:] - xy[:-1]
        moved = (ops.sqrt((d * d).sum(-1)) > self.jump_m).astype(ms.int32)
        ids = ops.cumsum(ops.concat([ops.zeros((1,), ms.int32), moved]), axis=0)
        return ops.clamp(ids, 0, self.max_segments - 1)

    def construct(self, xy, t):
        seg = self.segment_ids(xy)
        onehot = ops.one_hot(seg, self.max_segments, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(axis=0)
        centroids = ops.matmul(onehot.T, xy) / ops.expand_dims(ops.clamp(counts, min=1.0), 1)
        t_col = ops.expand_dims(t, 1)
        t_last = (onehot * t_col).max(axis=0)
        t_first = ops.where(onehot > 0, t_col, ops.full_like(onehot, 1e12)).min(axis=0)
        duration = t_last - t_first
        valid = counts > 0
        return centroids, ops.where(valid, duration, ops.zeros_like(duration)), valid


def make():
    np.random.seed(36)
    steps = np.where(np.random.rand(12, 1) < 0.25, 300.0, 3.0) * np.ones((12, 2))
    xy = np.cumsum(steps, axis=0).astype(np.float32)
    t = np.cumsum(np.full(12, 60.0)).astype(np.float32)
    return StaySegmenter(), (Tensor(xy), Tensor(t))
