# case: retriever reads hyper-parameters from a @ms.jit_class config object held on the cell (read-only) to scale and cut scores -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RetrievalConfig:
    def __init__(self, top_k=4, temperature=0.1, score_floor=-5.0):
        self.top_k = top_k
        self.temperature = temperature
        self.score_floor = score_floor

    def scale(self, scores):
        return scores / self.temperature


class DenseRetriever(nn.Cell):
    def __init__(self, dim=8, config=None):
        super().__init__()
        self.cfg = config if config is not None else RetrievalConfig()
        self.q_proj = nn.Dense(dim, dim)

    def construct(self, query, corpus):
        scores = self.cfg.scale(ops.matmul(corpus, self.q_proj(query).T).T)
        scores = ops.maximum(scores, self.cfg.score_floor)
        top_s, top_i = ops.topk(scores, self.cfg.top_k)
        return top_i, ops.softmax(top_s, axis=-1)


def make():
    np.random.seed(33)
    q = Tensor(np.random.randn(2, 8).astype(np.float32))
    corpus = Tensor(np.random.randn(16, 8).astype(np.float32))
    return DenseRetriever(), (q, corpus)
