# case: pick as many top assets as there are positive signals (k from data) via topk -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveSelector(nn.Cell):
    """Equal-weight the k best-scored assets, where k = number of positive scores."""

    def __init__(self, min_assets=1):
        super().__init__()
        self.min_assets = min_assets

    def count_positive(self, scores):
        n = (scores > 0).astype(ms.int32).sum()
        return ops.maximum(n, self.min_assets)

    def construct(self, scores):
        k = self.count_positive(scores)
        top_vals, top_idx = ops.topk(scores, k)
        weights = ops.ones_like(top_vals) / top_vals.shape[0]
        return top_idx, weights


def make():
    np.random.seed(5)
    scores = np.random.randn(12).astype(np.float32)
    return AdaptiveSelector(), (Tensor(scores),)
