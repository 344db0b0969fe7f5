# case: keeps a running count of flagged transactions by assigning to a plain Python attribute self.n_flagged inside construct -> attribute write on self with a tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingFlagger(nn.Cell):
    def __init__(self, feat_dim=5, threshold=0.5):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.threshold = threshold
        self.n_flagged = 0
        self.n_seen = 0

    def construct(self, feats):
        risk = ops.sigmoid(self.fc(feats)).squeeze(-1)
        flags = risk > self.threshold
        self.n_flagged = self.n_flagged + flags.astype(ms.int32).sum()
        self.n_seen = self.n_seen + feats.shape[0]
        return flags, self.n_flagged


def make():
    np.random.seed(22)
    feats = Tensor(np.random.randn(14, 5).astype(np.float32))
    return StreamingFlagger(), (feats,)
