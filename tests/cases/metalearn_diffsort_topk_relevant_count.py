# case: differentiable top-k ranking loss where k is the number of relevant items, read with int() from the labels -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftTopKRankingLoss(nn.Cell):
    """Smooth precision@k: sigmoid relaxation around the k-th largest score."""

    def __init__(self, temperature=0.1):
        super().__init__()
        self.temperature = temperature
        self.scorer = nn.Dense(12, 1)

    def kth_threshold(self, scores, relevance):
        k = int((relevance > 0).sum())
        top_vals, _ = ops.topk(scores, k)
        return top_vals[-1]

    def construct(self, item_feats, relevance):
        scores = self.scorer(item_feats).squeeze(-1)
        thresh = self.kth_threshold(scores, relevance)
        soft_in_topk = ops.sigmoid((scores - thresh) / self.temperature)
        hits = (soft_in_topk * relevance).sum()
        return 1.0 - hits / (relevance.sum() + 1e-6)


def make():
    np.random.seed(3)
    loss = SoftTopKRankingLoss()
    feats = Tensor(np.random.randn(10, 12).astype(np.float32))
    rel = Tensor(np.array([1, 0, 0, 1, 0, 1, 0, 0, 0, 1], np.float32))
    return loss, (feats, rel)
