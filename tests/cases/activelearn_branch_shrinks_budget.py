# case: if the mean uncertainty (a tensor) is high, return only the top half of ranked scores, else the full ranking -> branches on a tensor value return different shapes, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveBudget(nn.Cell):
    def __init__(self, high_uncertainty=1.0):
        super().__init__()
        self.high_uncertainty = high_uncertainty

    def construct(self, probs):
        ent = -(probs * ops.log(probs + 1e-8)).sum(axis=-1)
        ranked, order = ops.sort(ent, descending=True)
        half = ent.shape[0] // 2
        if ent.mean() > self.high_uncertainty:
            return ranked[:half], order[:half]
        return ranked, order


def make():
    np.random.seed(17)
    logits = np.random.randn(12, 5).astype(np.float32) * 0.3
    probs = np.exp(logits) / np.exp(logits).sum(-1, keepdims=True)
    return AdaptiveBudget(), (Tensor(probs),)
