# case: keyframe selection keeps the top ratio*num_valid frames, k computed from the padding mask sum -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyframeSelector(nn.Cell):
    """Scores frames and keeps the most salient fraction of the valid ones."""

    def __init__(self, feat_dim=16, keep_ratio=0.5):
        super().__init__()
        self.scorer = nn.SequentialCell([nn.Dense(feat_dim, 8), nn.ReLU(), nn.Dense(8, 1)])
        self.keep_ratio = keep_ratio

    def frame_scores(self, feats, mask):
        s = self.scorer(feats).squeeze(-1)
        return ops.select(mask, s, ops.full_like(s, -1e4))

    def construct(self, feats, mask):
        # feats: (T, C) single clip, mask: (T,) bool padding mask
        scores = self.frame_scores(feats, mask)
        num_valid = mask.astype(ms.float32).sum()
        k = ops.cast(ops.ceil(num_valid * self.keep_ratio), ms.int32)
        top_vals, top_idx = ops.topk(scores, int(k))
        picked = ops.gather(feats, top_idx, 0)
        weights = ops.softmax(top_vals, axis=0).expand_dims(-1)
        return (picked * weights).sum(0)


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(12, 16).astype(np.float32))
    mask = Tensor(np.array([True] * 9 + [False] * 3))
    return KeyframeSelector(), (feats, mask)
