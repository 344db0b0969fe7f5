# case: retriever returns a short list when the top score is confident and a longer list otherwise, so the two branches return different shapes -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidenceAdaptiveRetriever(nn.Cell):
    def __init__(self, dim=8, short_k=2, long_k=6, confidence=0.5):
        super().__init__()
        self.query_proj = nn.Dense(dim, dim)
        self.short_k = short_k
        self.long_k = long_k
        self.confidence = confidence

    def _scores(self, query, corpus):
        q = self.query_proj(query)
        return ops.softmax(ops.matmul(corpus, q), axis=-1)

    def construct(self, query, corpus):
        probs = self._scores(query, corpus)
        if probs.max() > self.confidence:
            top_p, top_i = ops.topk(probs, self.short_k)
        else:
            top_p, top_i = ops.topk(probs, self.long_k)
        return top_i, top_p


def make():
    np.random.seed(14)
    q = Tensor(np.random.randn(8).astype(np.float32))
    corpus = Tensor(np.random.randn(20, 8).astype(np.float32))
    return ConfidenceAdaptiveRetriever(), (q, corpus)
