# case: obstacle segmenter returns either the full point set or only the first half depending on a tensor test of point spread -> if on tensor value with different-shaped branches, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentSplitter(nn.Cell):
    def __init__(self, split_thresh=1.0):
        super().__init__()
        self.split_thresh = split_thresh

    def spread(self, pts):
        c = pts.mean(axis=0)
        d = pts - c
        return ops.sqrt((d * d).sum(-1)).max()

    def construct(self, pts):
        n = pts.shape[0]
        if self.spread(pts) > self.split_thresh:
            seg = pts[: n // 2]
        else:
            seg = pts
        centroid = seg.mean(axis=0)
        return seg, centroid


def make():
    np.random.seed(18)
    pts = np.random.uniform(0, 3, size=(20, 2)).astype(np.float32)
    return SegmentSplitter(), (Tensor(pts),)
