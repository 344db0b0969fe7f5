# case: smooth the predicate prior with math.log(float(total_count)) computed from a tensor inside construct -> error
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PriorSmoothing(nn.Cell):
    def __init__(self, alpha=0.5):
        super().__init__()
        self.alpha = alpha

    def construct(self, pred_counts, rel_logits):
        total = float(pred_counts.sum())
        log_total = math.log(total + self.alpha * pred_counts.shape[0])
        log_prior = ops.log(pred_counts + self.alpha) - log_total
        return rel_logits + log_prior[None, :]


def make():
    np.random.seed(14)
    counts = Tensor(np.random.randint(0, 50, size=6).astype(np.float32))
    logits = Tensor(np.random.randn(10, 6).astype(np.float32))
    return PriorSmoothing(), (counts, logits)
