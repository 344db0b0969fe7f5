# case: TSN segmental consensus reshapes (B*S, C) logits to (B, S, C) using num_segments from the constructor and averages -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentalConsensus(nn.Cell):
    def __init__(self, num_segments=3, consensus="avg"):
        super().__init__()
        self.num_segments = num_segments
        self.consensus = consensus

    def construct(self, x):
        bs = x.shape[0] // self.num_segments
        x = x.reshape(bs, self.num_segments, -1)
        if self.consensus == "avg":
            return x.mean(axis=1)
        return x.max(axis=1)


class TSNHead(nn.Cell):
    def __init__(self, feat_dim=16, num_classes=5, num_segments=3):
        super().__init__()
        self.fc = nn.Dense(feat_dim, num_classes)
        self.consensus = SegmentalConsensus(num_segments)

    def construct(self, feats):
        return self.consensus(self.fc(feats))


def make():
    np.random.seed(30)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    return TSNHead(), (feats,)
