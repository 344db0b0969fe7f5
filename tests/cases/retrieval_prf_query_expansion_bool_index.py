# case: pseudo-relevance-feedback query expansion averages feedback docs selected by a boolean score mask -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PRFQueryExpander(nn.Cell):
    def __init__(self, alpha=0.7, feedback_threshold=0.2, renormalize=True):
        super().__init__()
        self.alpha = alpha
        self.threshold = feedback_threshold
        self.renormalize = renormalize

    def _l2(self, x):
        return x / (ops.norm(x, dim=-1, keepdim=True) + 1e-6)

    def expand(self, query, doc_emb):
        scores = ops.matmul(doc_emb, query)
        relevant = scores > self.threshold
        if relevant.any():
            feedback = doc_emb[relevant].mean(axis=0)
            query = self.alpha * query + (1 - self.alpha) * feedback
        return self._l2(query) if self.renormalize else query

    def construct(self, query, doc_emb):
        new_query = self.expand(self._l2(query), self._l2(doc_emb))
        return ops.matmul(self._l2(doc_emb), new_query)


def make():
    np.random.seed(7)
    q = Tensor(np.random.randn(8).astype(np.float32))
    docs = Tensor(np.random.randn(10, 8).astype(np.float32))
    return PRFQueryExpander(), (q, docs)
