# case: if the query is mostly digits (a model-number query) scale token scores differently, both branches keeping the same shape -> if on a tensor value with equal-shape branches, control flow but static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelNumberAwareScorer(nn.Cell):
    def __init__(self, dim=8, digit_ratio=0.5):
        super().__init__()
        self.digit_ratio = digit_ratio
        self.scorer = nn.Dense(dim, 1)

    def construct(self, token_vecs, is_digit):
        raw = self.scorer(token_vecs).squeeze(-1)
        ratio = is_digit.astype(ms.float32).mean()
        if ratio > self.digit_ratio:
            out = raw * 2.0 + is_digit.astype(ms.float32)
        else:
            out = raw
        return ops.softmax(out, axis=-1)


def make():
    np.random.seed(46)
    vecs = np.random.randn(6, 8).astype(np.float32)
    digits = np.array([1, 1, 0, 1, 1, 0], dtype=np.int32)
    return ModelNumberAwareScorer(), (Tensor(vecs), Tensor(digits))
