# case: suppress relations whose background probability exceeds the best predicate with ops.select, keeping all pairs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BackgroundSuppression(nn.Cell):
    def __init__(self, bg_margin=0.0):
        super().__init__()
        self.bg_margin = bg_margin

    def construct(self, rel_logits, pair_valid):
        probs = ops.softmax(rel_logits, axis=-1)
        bg = probs[:, 0]
        fg_best = probs[:, 1:].max(axis=1)
        is_rel = ops.logical_and(fg_best > bg + self.bg_margin, pair_valid)
        final = ops.select(is_rel, fg_best, ops.zeros_like(fg_best))
        label = ops.select(is_rel, probs[:, 1:].argmax(axis=1) + 1, ops.zeros_like(is_rel.astype(ms.int32)))
        return final, label


def make():
    np.random.seed(44)
    logits = Tensor(np.random.randn(10, 5).astype(np.float32))
    valid = Tensor(np.random.rand(10) > 0.3)
    return BackgroundSuppression(), (logits, valid)
