# case: top-k sparse attention that stores the kept scores in a COOTensor and densifies it before the value matmul -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class TopKSparseAttention(nn.Cell):
    def __init__(self, dim=8, topk=3):
        super().__init__()
        self.topk = topk
        self.scale = dim ** -0.5
        self.wq = nn.Dense(dim, dim, has_bias=False)
        self.wk = nn.Dense(dim, dim, has_bias=False)
        self.wv = nn.Dense(dim, dim, has_bias=False)

    def _sparse_indices(self, top_idx):
        n_q = top_idx.shape[0]
        rows = ops.arange(n_q, dtype=ms.int32).reshape(-1, 1).broadcast_to((n_q, self.topk))
        return ops.stack((rows.reshape(-1), top_idx.astype(ms.int32).reshape(-1)), axis=1)

    def construct(self, x):
        n = x.shape[0]
        q, k, v = self.wq(x), self.wk(x), self.wv(x)
        scores = ops.matmul(q, k.T) * self.scale
        top_val, top_idx = ops.topk(scores, self.topk)
        probs = ops.softmax(top_val, axis=-1)
        sparse_attn = COOTensor(self._sparse_indices(top_idx), probs.reshape(-1), (n, n))
        dense_attn = sparse_attn.to_dense()
        return ops.matmul(dense_attn, v)


def make():
    np.random.seed(12)
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    return TopKSparseAttention(), (x,)
