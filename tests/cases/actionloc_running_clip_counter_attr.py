# case: accumulates a running count of processed clips by writing self.num_seen inside construct -> graph-mode attribute write on self
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingClipAggregator(nn.Cell):
    def __init__(self, feat_dim=12):
        super().__init__()
        self.proj = nn.Dense(feat_dim, feat_dim)
        self.num_seen = 0
        self.last_clip = None

    def construct(self, clip_feat):
        h = ops.relu(self.proj(clip_feat))
        self.num_seen = self.num_seen + clip_feat.shape[0]
        self.last_clip = h
        return h.sum(axis=0) / self.num_seen


def make():
    np.random.seed(13)
    clip_feat = Tensor(np.random.randn(3, 12).astype(np.float32))
    return StreamingClipAggregator(), (clip_feat,)
