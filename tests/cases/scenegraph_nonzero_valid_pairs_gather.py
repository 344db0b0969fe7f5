# case: find valid subject-object pair indices with nonzero on a pair mask and gather subject/object embeddings -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairFeatureBuilder(nn.Cell):
    def __init__(self, feat_dim=16, hidden=32):
        super().__init__()
        self.subj_proj = nn.Dense(feat_dim, hidden)
        self.obj_proj = nn.Dense(feat_dim, hidden)

    def construct(self, obj_feats, obj_labels):
        n = obj_feats.shape[0]
        not_bg = (obj_labels > 0).astype(ms.float32)
        pair_mask = not_bg[:, None] * not_bg[None, :] * (1.0 - ops.eye(n, n, ms.float32))
        pair_idx = ops.nonzero(pair_mask > 0)
        subj = ops.gather(obj_feats, pair_idx[:, 0], 0)
        obj = ops.gather(obj_feats, pair_idx[:, 1], 0)
        return self.subj_proj(subj) + self.obj_proj(obj)


def make():
    np.random.seed(1)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    labels = Tensor(np.array([3, 0, 7, 2, 0, 5], dtype=np.int32))
    return PairFeatureBuilder(), (feats, labels)
