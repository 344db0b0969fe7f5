# case: decoder attention restricted to top-k encoder positions with k a constructor constant, gathered with gather_elements -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKMonotonicAttention(nn.Cell):
    def __init__(self, hidden=16, attn_dim=8, top_k=3):
        super().__init__()
        self.top_k = top_k
        self.q = nn.Dense(hidden, attn_dim, has_bias=False)
        self.m = nn.Dense(hidden, attn_dim, has_bias=False)
        self.v = nn.Dense(attn_dim, 1, has_bias=False)

    def _scores(self, query, memory):
        return self.v(ops.tanh(self.q(query).expand_dims(1) + self.m(memory))).squeeze(-1)

    def construct(self, query, memory, memory_mask):
        b, t, h = memory.shape
        scores = self._scores(query, memory)
        scores = ops.where(memory_mask, scores, ops.full_like(scores, -1e4))
        k = min(self.top_k, t)
        top_vals, top_idx = ops.topk(scores, k)
        w = ops.softmax(top_vals, -1)
        gather_idx = top_idx.expand_dims(-1).broadcast_to((b, k, h))
        ctx = (w.expand_dims(-1) * ops.gather_elements(memory, 1, gather_idx)).sum(1)
        return ctx, w


def make():
    np.random.seed(29)
    q = Tensor(np.random.randn(2, 16).astype(np.float32))
    mem = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    mask = Tensor(np.array([[1] * 6, [1] * 4 + [0] * 2], dtype=np.bool_))
    return TopKMonotonicAttention(), (q, mem, mask)
