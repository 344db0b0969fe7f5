# case: pick the top-k candidate key fields where k is the number of scores above 0.5 (k a tensor) -> dynamic shape or error (topk with data-dependent k)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyFieldSelector(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.scorer = nn.Dense(dim, 1)

    def construct(self, field_feats):
        scores = ops.sigmoid(self.scorer(field_feats)).squeeze(-1)
        k = (scores > 0.5).astype(ms.int32).sum()
        top_scores, top_idx = ops.topk(scores, k)
        return ops.gather(field_feats, top_idx, 0), top_scores


def make():
    np.random.seed(17)
    feats = Tensor(np.random.randn(12, 8).astype(np.float32))
    return KeyFieldSelector(), (feats,)
