# case: regional prompting builds a COOTensor of (query, token) pairs from region indices and densifies it as an additive attention bias -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class RegionalCrossAttention(nn.Cell):
    def __init__(self, dim=8, num_queries=16, num_tokens=6, region_bias=2.0):
        super().__init__()
        self.to_q = nn.Dense(dim, dim, has_bias=False)
        self.to_k = nn.Dense(dim, dim, has_bias=False)
        self.to_v = nn.Dense(dim, dim, has_bias=False)
        self.num_queries = num_queries
        self.num_tokens = num_tokens
        self.region_bias = region_bias

    def _region_bias(self, pairs):
        values = ops.ones((pairs.shape[0],), ms.float32) * self.region_bias
        sparse = COOTensor(pairs, values, (self.num_queries, self.num_tokens))
        return sparse.to_dense()

    def construct(self, x, ctx, pairs):
        q, k, v = self.to_q(x), self.to_k(ctx), self.to_v(ctx)
        logits = ops.matmul(q, k.T) / ops.sqrt(Tensor(8.0, ms.float32))
        logits = logits + self._region_bias(pairs)
        attn = ops.softmax(logits, axis=-1)
        return ops.matmul(attn, v)


def make():
    np.random.seed(12)
    x = Tensor(np.random.randn(16, 8).astype(np.float32))
    ctx = Tensor(np.random.randn(6, 8).astype(np.float32))
    pairs = Tensor(np.array([[0, 1], [1, 1], [2, 3], [5, 4], [9, 2]], dtype=np.int32))
    return RegionalCrossAttention(), (x, ctx, pairs)
