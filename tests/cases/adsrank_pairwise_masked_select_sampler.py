# case: pairwise BPR loss samples positive and negative scores with masked_select on label masks, then pairs them by broadcasting -> dynamic shape at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairwiseBprLoss(nn.Cell):
    def __init__(self, margin=0.0, max_pairs=None):
        super().__init__()
        self.margin = margin
        self.max_pairs = max_pairs

    def _split(self, scores, labels):
        pos = ops.masked_select(scores, labels > 0)
        neg = ops.masked_select(scores, labels <= 0)
        return pos, neg

    def construct(self, scores, labels):
        pos, neg = self._split(scores, labels)
        diff = pos.expand_dims(1) - neg.expand_dims(0) - self.margin
        loss = -ops.log(ops.sigmoid(diff) + 1e-8)
        return loss.mean()


class AdsPairwiseModel(nn.Cell):
    def __init__(self, feat_dim=4):
        super().__init__()
        self.ctr_head = nn.Dense(feat_dim, 1)
        self.loss = PairwiseBprLoss()

    def construct(self, feats, labels):
        scores = self.ctr_head(feats).squeeze(-1)
        return self.loss(scores, labels)


def make():
    np.random.seed(6)
    feats = Tensor(np.random.randn(10, 4).astype(np.float32))
    labels = Tensor(np.array([1, 0, 0, 1, 0, 0, 0, 1, 0, 0], dtype=np.float32))
    return AdsPairwiseModel(), (feats, labels)
