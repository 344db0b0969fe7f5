# case: obstacle tracker picks a smoothed or raw centroid with an if on a tensor comparison, both branches the same shape -> control flow on tensor with matching shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CentroidTracker(nn.Cell):
    def __init__(self, alpha=0.3, jump_thresh=0.8):
        super().__init__()
        self.alpha = alpha
        self.jump_thresh = jump_thresh

    def construct(self, pts, prev_centroid):
        c = pts.mean(axis=0)
        d = c - prev_centroid
        jump = ops.sqrt((d * d).sum())
        if jump > self.jump_thresh:
            out = c
        else:
            out = self.alpha * c + (1.0 - self.alpha) * prev_centroid
        return out, jump


def make():
    np.random.seed(19)
    pts = np.random.normal([2.0, 1.0], 0.1, size=(12, 2)).astype(np.float32)
    prev = np.array([1.9, 1.1], np.float32)
    return CentroidTracker(), (Tensor(pts), Tensor(prev))
