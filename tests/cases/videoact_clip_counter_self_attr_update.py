# case: clip-level aggregator keeps a running count of seen clips by assigning a plain Python attribute on self in construct -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingClipAggregator(nn.Cell):
    """Aggregates clip embeddings of a long video as clips stream in (online inference)."""

    def __init__(self, feat_dim=16, num_classes=4, momentum=0.9):
        super().__init__()
        self.embed = nn.Dense(feat_dim, feat_dim)
        self.cls = nn.Dense(feat_dim, num_classes)
        self.momentum = momentum
        self.num_seen = 0
        self.running = ms.Parameter(ops.zeros((feat_dim,), ms.float32), requires_grad=False)

    def update_state(self, clip_emb):
        new = self.running * self.momentum + clip_emb * (1.0 - self.momentum)
        ops.assign(self.running, new)
        return new

    def construct(self, clip_feats):
        # clip_feats: (T, C) frames of the current clip
        emb = ops.relu(self.embed(clip_feats)).mean(0)
        state = self.update_state(emb)
        self.num_seen = self.num_seen + 1
        debias = 1.0 - self.momentum ** self.num_seen
        return self.cls(state / debias)


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(6, 16).astype(np.float32))
    return StreamingClipAggregator(), (x,)
