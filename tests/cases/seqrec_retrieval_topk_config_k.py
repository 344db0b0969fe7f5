# case: two-tower retrieval scoring all items and returning top-k with k from the constructor config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RetrievalHead(nn.Cell):
    def __init__(self, num_items=100, dim=16, topk=10, temperature=0.5, normalize=True):
        super().__init__()
        self.topk = topk
        self.temperature = temperature
        self.normalize = normalize
        self.item_table = ms.Parameter(Tensor(np.random.RandomState(0).randn(num_items, dim).astype(np.float32)),
                                       name="item_table")
        self.query_proj = nn.Dense(dim, dim)

    def _l2norm(self, x):
        return x / ops.sqrt((x * x).sum(-1, keepdims=True) + 1e-8)

    def construct(self, seq_repr):
        q = self.query_proj(seq_repr)
        items = self.item_table
        if self.normalize:
            q = self._l2norm(q)
            items = self._l2norm(items)
        logits = ops.matmul(q, items.T) / self.temperature
        k = min(self.topk, items.shape[0])
        values, indices = ops.topk(logits, k)
        return values, indices


def make():
    np.random.seed(5)
    x = np.random.randn(2, 16).astype(np.float32)
    return RetrievalHead(), (Tensor(x),)
