# case: pick a fixed number of candidate key fields with topk where k comes from the constructor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedKeyFieldSelector(nn.Cell):
    def __init__(self, dim=8, max_keys=4):
        super().__init__()
        self.scorer = nn.Dense(dim, 1)
        self.max_keys = max_keys

    def construct(self, field_feats):
        scores = ops.sigmoid(self.scorer(field_feats)).squeeze(-1)
        top_scores, top_idx = ops.topk(scores, self.max_keys)
        selected = ops.gather(field_feats, top_idx, 0)
        valid = (top_scores > 0.5).astype(ms.float32)
        return selected * valid.expand_dims(-1), top_idx


def make():
    np.random.seed(39)
    return FixedKeyFieldSelector(), (Tensor(np.random.randn(12, 8).astype(np.float32)),)
