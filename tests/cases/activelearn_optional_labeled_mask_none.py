# case: uncertainty scores optionally exclude already-labeled samples via a mask argument that defaults to None, tested with `is None` -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedUncertainty(nn.Cell):
    def __init__(self, budget=3):
        super().__init__()
        self.budget = budget
        self.big_neg = -1e4

    def construct(self, probs, labeled_mask=None):
        score = 1.0 - probs.max(axis=-1)
        if labeled_mask is not None:
            score = score + labeled_mask.astype(ms.float32) * self.big_neg
        vals, idx = ops.topk(score, self.budget)
        return vals, idx


def make():
    np.random.seed(21)
    logits = np.random.randn(10, 3).astype(np.float32)
    probs = np.exp(logits) / np.exp(logits).sum(-1, keepdims=True)
    labeled = np.zeros(10, dtype=np.bool_)
    labeled[[1, 4, 7]] = True
    return MaskedUncertainty(), (Tensor(probs), Tensor(labeled))
