# case: differentiable soft ranks from pairwise sigmoids, Spearman-style correlation loss, all shapes fixed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def soft_rank(x, temperature):
    diff = x.expand_dims(-1) - x.expand_dims(-2)
    return ops.sigmoid(diff / temperature).sum(axis=-1) + 0.5


def standardise(r, eps=1e-6):
    r = r - r.mean(axis=-1, keep_dims=True)
    return r / (ops.sqrt((r * r).sum(axis=-1, keepdims=True)) + eps)


class SpearmanLoss(nn.Cell):
    def __init__(self, feat_dim=6, temperature=0.1, rank_targets=True):
        super().__init__()
        self.model = nn.Dense(feat_dim, 1)
        self.temperature = temperature
        self.rank_targets = rank_targets

    def construct(self, feats, targets):
        pred = self.model(feats).squeeze(-1)
        pr = soft_rank(pred, self.temperature)
        tr = soft_rank(targets, 1e-3) if self.rank_targets else targets
        corr = (standardise(pr) * standardise(tr)).sum(axis=-1)
        return 1.0 - corr.mean()


def make():
    np.random.seed(35)
    loss = SpearmanLoss()
    feats = Tensor(np.random.randn(3, 8, 6).astype(np.float32))
    targets = Tensor(np.random.randn(3, 8).astype(np.float32))
    return loss, (feats, targets)
