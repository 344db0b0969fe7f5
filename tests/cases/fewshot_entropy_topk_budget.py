# case: uncertainty sampling picks a fixed labelling budget of highest-entropy samples with topk and gather -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def entropy_from_logits(logits):
    log_p = ops.log_softmax(logits, axis=-1)
    return -(ops.exp(log_p) * log_p).sum(-1)


class BudgetedSampler(nn.Cell):
    def __init__(self, in_dim=12, n_classes=5, budget=4, return_scores=False):
        super().__init__()
        self.classifier = nn.SequentialCell([nn.Dense(in_dim, 16), nn.Tanh(), nn.Dense(16, n_classes)])
        self.budget = budget
        self.return_scores = return_scores

    def construct(self, pool):
        ent = entropy_from_logits(self.classifier(pool))
        k = min(self.budget, pool.shape[0])
        scores, idx = ops.topk(ent, k)
        chosen = ops.gather(pool, idx, 0)
        if self.return_scores:
            return chosen, idx, scores
        return chosen, idx


def make():
    np.random.seed(37)
    pool = Tensor(np.random.randn(16, 12).astype(np.float32) * 0.3)
    return BudgetedSampler(), (pool,)
