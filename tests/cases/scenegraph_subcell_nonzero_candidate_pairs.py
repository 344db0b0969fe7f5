# case: a sub-Cell proposes candidate pairs with argwhere on a relatedness matrix, parent Cell classifies them -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelatednessProposer(nn.Cell):
    def __init__(self, feat_dim=16, thresh=0.5):
        super().__init__()
        self.q = nn.Dense(feat_dim, feat_dim)
        self.k = nn.Dense(feat_dim, feat_dim)
        self.thresh = thresh

    def construct(self, feats):
        rel = ops.sigmoid(ops.matmul(self.q(feats), self.k(feats).T))
        return ops.argwhere(rel > self.thresh)


class RelPN(nn.Cell):
    def __init__(self, feat_dim=16, num_predicates=5):
        super().__init__()
        self.proposer = RelatednessProposer(feat_dim)
        self.classifier = nn.Dense(2 * feat_dim, num_predicates)

    def construct(self, feats):
        pairs = self.proposer(feats)
        subj = feats[pairs[:, 0]]
        obj = feats[pairs[:, 1]]
        return self.classifier(ops.cat((subj, obj), axis=1))


def make():
    np.random.seed(21)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    return RelPN(), (feats,)
