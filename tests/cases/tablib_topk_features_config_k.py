# case: feature selector keeps top-k attention scores with k read via getattr from the config or half of x.shape[1] -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SelectorConfig:
    n_features = 10
    threshold = 0.1


class TopKFeatureSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scorer = nn.Dense(config.n_features, config.n_features)
        self.top_k = getattr(config, "top_k", None)
        self.threshold = config.threshold

    def _resolve_k(self, scores):
        if self.top_k is not None:
            return self.top_k
        return max(scores.shape[1] // 2, 1)

    def construct(self, x):
        scores = ops.softmax(self.scorer(x), axis=-1)
        scores = ops.where(scores > self.threshold, scores, ops.zeros_like(scores))
        k = self._resolve_k(scores)
        vals, idx = ops.topk(scores, k)
        picked = ops.gather_elements(x, 1, idx)
        return (picked * vals).sum(-1)


def make():
    np.random.seed(29)
    x = Tensor(np.random.randn(6, 10).astype(np.float32) * 3)
    return TopKFeatureSelector(SelectorConfig()), (x,)
