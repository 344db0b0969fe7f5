# case: cosine-score passages against a query and gather the top-k with k fixed in the constructor -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopPassageRetriever(nn.Cell):
    def __init__(self, hidden=16, top_k=4, eps=1e-8):
        super().__init__()
        self.top_k = top_k
        self.eps = eps
        self.encoder = nn.Dense(hidden, hidden)

    def normalize(self, x):
        norm = ops.sqrt((x * x).sum(axis=-1, keepdims=True) + self.eps)
        return x / norm

    def construct(self, query, passages):
        q = self.normalize(self.encoder(query))          # (B, H)
        p = self.normalize(self.encoder(passages))       # (B, P, H)
        scores = ops.bmm(p, q.expand_dims(-1)).squeeze(-1)
        top_scores, top_idx = ops.topk(scores, self.top_k)
        return top_scores, top_idx


def make():
    np.random.seed(9)
    query = Tensor(np.random.randn(2, 16).astype(np.float32))
    passages = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return TopPassageRetriever(), (query, passages)
