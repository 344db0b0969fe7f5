# case: pairwise margin ranking loss with a try/except fallback around the pair construction -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairwiseRankingLoss(nn.Cell):
    def __init__(self, margin=0.5, reduction="mean"):
        super().__init__()
        self.margin = margin
        self.reduction = reduction

    def _pair_terms(self, scores, relevance):
        diff_s = scores[:, :, None] - scores[:, None, :]
        diff_r = relevance[:, :, None] - relevance[:, None, :]
        should_rank = (diff_r > 0).astype(scores.dtype)
        return ops.relu(self.margin - diff_s) * should_rank, should_rank

    def construct(self, scores, relevance):
        try:
            terms, pairs = self._pair_terms(scores, relevance)
        except ValueError:
            terms = ops.zeros_like(scores)
            pairs = ops.ones_like(scores)
        if self.reduction == "sum":
            return terms.sum()
        return terms.sum() / ops.clamp(pairs.sum(), min=1.0)


def make():
    np.random.seed(14)
    scores = Tensor(np.random.randn(3, 6).astype(np.float32))
    relevance = Tensor(np.random.randint(0, 3, size=(3, 6)).astype(np.float32))
    return PairwiseRankingLoss(), (scores, relevance)
