# case: reranker keeps only the first top_n candidates when the best score passes a confidence threshold -> tensor-valued if whose branches give different shapes, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CascadeConfig:
    hidden_size = 16
    top_n = 3
    confidence_threshold = 0.0


class CascadeReranker(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scorer = nn.Dense(config.hidden_size, 1)
        self.top_n = config.top_n
        self.threshold = config.confidence_threshold

    def _sorted_scores(self, cand):
        scores = self.scorer(cand).squeeze(-1)
        vals, _ = ops.sort(scores, axis=-1, descending=True)
        return vals

    def construct(self, candidates):
        scores = self._sorted_scores(candidates)
        if scores.max() > self.threshold:
            scores = scores[:, :self.top_n]
        return ops.softmax(scores, axis=-1)


def make():
    np.random.seed(19)
    c = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    return CascadeReranker(CascadeConfig()), (c,)
