# case: Rocchio query expansion using the top fb_docs feedback documents (constant k) and bottom fb_docs as non-relevant, gathered by topk indices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RocchioExpansion(nn.Cell):
    def __init__(self, fb_docs=3, alpha=1.0, beta=0.75, gamma=0.15):
        super().__init__()
        self.fb_docs = fb_docs
        self.alpha = alpha
        self.beta = beta
        self.gamma = gamma

    def _centroid(self, doc_emb, idx):
        return ops.gather(doc_emb, idx, 0).mean(axis=0)

    def construct(self, query, doc_emb):
        scores = ops.matmul(doc_emb, query)
        _, rel_idx = ops.topk(scores, self.fb_docs)
        _, nonrel_idx = ops.topk(-scores, self.fb_docs)
        expanded = (self.alpha * query
                    + self.beta * self._centroid(doc_emb, rel_idx)
                    - self.gamma * self._centroid(doc_emb, nonrel_idx))
        expanded = ops.relu(expanded)
        return ops.matmul(doc_emb, expanded)


def make():
    np.random.seed(32)
    q = Tensor(np.abs(np.random.randn(12)).astype(np.float32))
    d = Tensor(np.abs(np.random.randn(10, 12)).astype(np.float32))
    return RocchioExpansion(), (q, d)
