# case: feature selector keeps the top-k attention scores where k is the largest number of active features in the batch (int of a reduced mask) -> Graph mode rejects or goes dynamic on the data-derived k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SelectorConfig:
    def __init__(self, n_features=10, top_k=None, threshold=0.1):
        self.n_features = n_features
        self.top_k = top_k
        self.threshold = threshold


class TopKFeatureSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scorer = nn.Dense(config.n_features, config.n_features)
        self.top_k = config.top_k
        self.threshold = config.threshold

    def _resolve_k(self, scores):
        if self.top_k is not None:
            return self.top_k
        active = (scores > self.threshold).astype(ms.int32).sum(axis=1)
        return max(int(active.max()), 1)

    def construct(self, x):
        scores = ops.softmax(self.scorer(x), axis=-1)
        k = self._resolve_k(scores)
        vals, idx = ops.topk(scores, k)
        picked = ops.gather_elements(x, 1, idx)
        return (picked * vals).sum(-1)


def make():
    np.random.seed(28)
    x = Tensor(np.random.randn(6, 10).astype(np.float32) * 3)
    return TopKFeatureSelector(SelectorConfig()), (x,)
