# case: ViT token pruning counts tokens above a score threshold and uses that count as topk k -> dynamic shape or error (k from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenScorer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.proj = nn.Dense(dim, 1)

    def construct(self, tokens):
        return ops.sigmoid(self.proj(tokens)).squeeze(-1)


class ThresholdTokenPruner(nn.Cell):
    def __init__(self, dim=16, score_thresh=0.5):
        super().__init__()
        self.scorer = TokenScorer(dim)
        self.score_thresh = score_thresh

    def construct(self, tokens):
        scores = self.scorer(tokens)
        keep = (scores[0] > self.score_thresh).astype(ms.int32).sum()
        k = ops.maximum(keep, Tensor(1, ms.int32))
        top_scores, top_idx = ops.topk(scores, int(k), dim=1)
        idx = top_idx.expand_dims(-1).broadcast_to((-1, -1, tokens.shape[-1]))
        return ops.gather_elements(tokens, 1, idx), top_scores


def make():
    np.random.seed(2)
    tokens = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    return ThresholdTokenPruner(), (tokens,)
