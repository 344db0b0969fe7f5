# case: class-balanced acquisition counts pseudo-labels per class with ops.unique to derive per-class budgets -> unique gives data-dependent size, dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassBalanceWeights(nn.Cell):
    def __init__(self, num_classes=5, total_budget=10):
        super().__init__()
        self.num_classes = num_classes
        self.total_budget = total_budget

    def construct(self, probs):
        pseudo = probs.argmax(axis=-1).astype(ms.int32)
        present, inverse = ops.unique(pseudo)
        per_class_budget = self.total_budget / present.shape[0]
        weights = ops.ones(present.shape, ms.float32) * per_class_budget
        sample_weight = ops.gather(weights, inverse, 0)
        score = -(probs * ops.log(probs + 1e-8)).sum(axis=-1)
        return score * sample_weight, present


def make():
    np.random.seed(10)
    logits = np.random.randn(16, 5).astype(np.float32)
    probs = np.exp(logits) / np.exp(logits).sum(-1, keepdims=True)
    return ClassBalanceWeights(), (Tensor(probs),)
