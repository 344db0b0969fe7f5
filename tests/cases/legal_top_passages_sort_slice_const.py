# case: rank passages with ops.sort descending and keep the first top_n (a constructor int), gathering their vectors -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortRetriever(nn.Cell):
    def __init__(self, hidden=12, top_n=3):
        super().__init__()
        self.q_proj = nn.Dense(hidden, hidden)
        self.top_n = top_n

    def construct(self, query, passages):
        scores = ops.matmul(passages, self.q_proj(query))        # (P,)
        sorted_scores, order = ops.sort(scores, axis=-1, descending=True)
        best = order[:self.top_n]
        return sorted_scores[:self.top_n], ops.gather(passages, best, 0)


def make():
    np.random.seed(25)
    query = Tensor(np.random.randn(12).astype(np.float32))
    passages = Tensor(np.random.randn(8, 12).astype(np.float32))
    return SortRetriever(), (query, passages)
