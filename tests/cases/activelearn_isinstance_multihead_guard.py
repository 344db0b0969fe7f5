# case: scorer accepts either a single logits tensor or a tuple of head logits and guards with isinstance, averaging heads before scoring -> type guard resolved at compile time, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadAgnosticScorer(nn.Cell):
    def __init__(self, budget=3):
        super().__init__()
        self.budget = budget

    def to_probs(self, logits):
        if isinstance(logits, (tuple, list)):
            probs = [ops.softmax(l, axis=-1) for l in logits]
            return ops.stack(probs).mean(axis=0)
        return ops.softmax(logits, axis=-1)

    def construct(self, logits):
        probs = self.to_probs(logits)
        least_conf = 1.0 - probs.max(axis=-1)
        return ops.topk(least_conf, self.budget)


def make():
    np.random.seed(28)
    heads = tuple(Tensor(np.random.randn(10, 4).astype(np.float32)) for _ in range(3))
    return HeadAgnosticScorer(), (heads,)
