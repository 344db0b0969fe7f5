# case: entropy scores, acquisition budget passed as a tensor and converted with int() to size a topk -> topk k depends on tensor value, error or dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EntropyScorer(nn.Cell):
    def __init__(self, eps=1e-8):
        super().__init__()
        self.eps = eps

    def construct(self, logits):
        probs = ops.softmax(logits, axis=-1)
        return -(probs * ops.log(probs + self.eps)).sum(axis=-1)


class BudgetedAcquisition(nn.Cell):
    def __init__(self, in_dim=16, num_classes=5):
        super().__init__()
        self.head = nn.Dense(in_dim, num_classes)
        self.scorer = EntropyScorer()

    def construct(self, feats, budget):
        logits = self.head(feats)
        scores = self.scorer(logits)
        k = int(budget)
        top_scores, top_idx = ops.topk(scores, k)
        picked = ops.gather(feats, top_idx, 0)
        return top_scores, picked


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(32, 16).astype(np.float32))
    budget = Tensor(6, ms.int32)
    return BudgetedAcquisition(), (feats, budget)
