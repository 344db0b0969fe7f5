# case: map matching by point-to-segment projection distance, argmin over candidate segments and gather of segment embeddings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def point_segment_distance(p, a, b):
    # p: (N, 1, 2), a/b: (1, S, 2)
    ab = b - a
    ap = p - a
    t = (ap * ab).sum(-1) / ops.clamp((ab * ab).sum(-1), min=1e-6)
    t = ops.clamp(t, 0.0, 1.0)
    proj = a + ops.expand_dims(t, -1) * ab
    diff = p - proj
    return ops.sqrt((diff * diff).sum(-1)), t


class RoadMatcher(nn.Cell):
    def __init__(self, seg_start, seg_end, dim=8):
        super().__init__()
        self.seg_a = Tensor(seg_start[None], ms.float32)
        self.seg_b = Tensor(seg_end[None], ms.float32)
        self.seg_emb = nn.Embedding(seg_start.shape[0], dim)

    def construct(self, pts):
        dist, frac = point_segment_distance(ops.expand_dims(pts, 1), self.seg_a, self.seg_b)
        seg = ops.argmin(dist, axis=1)
        offset = ops.gather_elements(frac, 1, ops.expand_dims(seg, 1)).squeeze(1)
        return self.seg_emb(seg), offset


def make():
    np.random.seed(23)
    a = np.random.rand(6, 2).astype(np.float32) * 100
    b = a + np.random.rand(6, 2).astype(np.float32) * 50
    pts = np.random.rand(9, 2).astype(np.float32) * 120
    return RoadMatcher(a, b), (Tensor(pts),)
