# case: zero out sub-threshold drug-interaction scores with three-argument ops.where, then average the severe ones -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairScorer(nn.Cell):
    def __init__(self, n_feat=16, hidden=8, threshold=0.7):
        super().__init__()
        self.fc = nn.Dense(n_feat, hidden)
        self.threshold = threshold

    def pairwise(self, emb):
        return ops.sigmoid(ops.matmul(emb, emb.transpose(1, 0)))

    def construct(self, drug_feats):
        emb = ops.tanh(self.fc(drug_feats))
        scores = self.pairwise(emb)
        hit = scores > self.threshold
        kept = ops.where(hit, scores, ops.zeros_like(scores))
        n_hit = hit.astype(ms.float32).sum()
        mean_severe = kept.sum() / ops.maximum(n_hit, 1.0)
        return mean_severe, n_hit


def make():
    np.random.seed(32)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    return PairScorer(), (feats,)
