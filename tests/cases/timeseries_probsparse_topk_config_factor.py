# case: Informer-style ProbSparse attention picks the top-u queries with u from config factor * log(L) using topk and gather -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProbSparseAttention(nn.Cell):
    def __init__(self, d_model=16, factor=2):
        super().__init__()
        self.factor = factor
        self.q = nn.Dense(d_model, d_model)
        self.k = nn.Dense(d_model, d_model)
        self.v = nn.Dense(d_model, d_model)
        self.scale = 1.0 / math.sqrt(d_model)

    def _top_queries(self, scores, length):
        u = min(self.factor * int(math.ceil(math.log(length))), length)
        sparsity = scores.max(axis=-1) - scores.mean(axis=-1)
        _, idx = ops.topk(sparsity, u)
        return idx

    def construct(self, x):
        b, l, d = x.shape
        q, k, v = self.q(x), self.k(x), self.v(x)
        scores = ops.bmm(q, k.swapaxes(1, 2)) * self.scale
        idx = self._top_queries(scores, l)                    # (B, u)
        top_scores = ops.gather_elements(scores, 1, idx.expand_dims(-1).broadcast_to((b, idx.shape[1], l)))
        ctx = v.mean(axis=1, keep_dims=True).broadcast_to((b, l, d))
        active = ops.bmm(ops.softmax(top_scores, axis=-1), v)
        upd = ops.zeros((b, l, d), x.dtype)
        upd = ops.tensor_scatter_elements(upd, idx.expand_dims(-1).broadcast_to((b, idx.shape[1], d)), active, axis=1)
        hit = ops.tensor_scatter_elements(ops.zeros((b, l, d), x.dtype),
                                          idx.expand_dims(-1).broadcast_to((b, idx.shape[1], d)),
                                          ops.ones_like(active), axis=1)
        return ops.where(hit > 0, upd, ctx)


def make():
    np.random.seed(30)
    x = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    return ProbSparseAttention(), (x,)
