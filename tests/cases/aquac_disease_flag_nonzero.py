# case: finds the indices of fish whose lesion score exceeds a limit with ops.nonzero and gathers their ids -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LesionHead(nn.Cell):
    def __init__(self, feat_dim=8):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.sigmoid = nn.Sigmoid()

    def construct(self, feats):
        return self.sigmoid(self.fc(feats)).squeeze(-1)


class DiseaseFlagger(nn.Cell):
    def __init__(self, feat_dim=8, limit=0.5):
        super().__init__()
        self.head = LesionHead(feat_dim)
        self.limit = limit

    def construct(self, feats, fish_ids):
        scores = self.head(feats)
        idx = ops.nonzero(scores > self.limit)
        flagged_ids = ops.gather_nd(fish_ids, idx)
        return flagged_ids, scores


def make():
    np.random.seed(8)
    feats = Tensor(np.random.randn(12, 8).astype(np.float32))
    ids = Tensor(np.arange(100, 112).astype(np.int32))
    return DiseaseFlagger(), (feats, ids)
