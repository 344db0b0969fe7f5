# case: assign RoIs to FPN levels by box scale with log2 + clamp and build fixed-size per-level masks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LevelMapper(nn.Cell):
    def __init__(self, k_min=2, k_max=5, canonical_scale=224.0, canonical_level=4, eps=1e-6):
        super().__init__()
        self.k_min = k_min
        self.k_max = k_max
        self.canonical_scale = canonical_scale
        self.canonical_level = canonical_level
        self.eps = eps

    def map_levels(self, rois):
        w = rois[:, 2] - rois[:, 0]
        h = rois[:, 3] - rois[:, 1]
        scale = ops.sqrt(ops.clamp(w * h, min=self.eps))
        lvl = ops.floor(self.canonical_level + ops.log2(scale / self.canonical_scale + self.eps))
        lvl = ops.clamp(lvl, self.k_min, self.k_max)
        return lvl.astype(ms.int32) - self.k_min

    def construct(self, rois, roi_feats):
        levels = self.map_levels(rois)
        num_levels = self.k_max - self.k_min + 1
        onehot = ops.one_hot(levels, num_levels, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        per_level = []
        for lv in range(num_levels):
            m = onehot[:, lv].view(-1, 1)
            per_level.append(roi_feats * m)
        counts = onehot.sum(axis=0)
        return ops.stack(per_level), counts


def make():
    np.random.seed(9)
    xy = np.random.rand(16, 2).astype(np.float32) * 200
    wh = np.random.rand(16, 2).astype(np.float32) * 400 + 8
    rois = Tensor(np.concatenate([xy, xy + wh], axis=1))
    feats = Tensor(np.random.randn(16, 8).astype(np.float32))
    return LevelMapper(), (rois, feats)
