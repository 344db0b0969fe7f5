# case: attention-map editing keeps the top-k attended tokens per query with k fixed by the config and renormalises -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseTopKAttention(nn.Cell):
    def __init__(self, dim=8, top_k=3, temperature=1.0):
        super().__init__()
        self.q = nn.Dense(dim, dim, has_bias=False)
        self.k = nn.Dense(dim, dim, has_bias=False)
        self.v = nn.Dense(dim, dim, has_bias=False)
        self.top_k = top_k
        self.temperature = temperature

    def _sparsify(self, attn):
        vals, idx = ops.topk(attn, self.top_k)
        kth = vals[..., -1:]
        keep = attn >= kth
        sparse = ops.where(keep, attn, ops.zeros_like(attn))
        return sparse / sparse.sum(axis=-1, keepdims=True), idx

    def construct(self, x, ctx):
        logits = ops.bmm(self.q(x), self.k(ctx).transpose(0, 2, 1)) / self.temperature
        attn = ops.softmax(logits, axis=-1)
        attn, idx = self._sparsify(attn)
        out = ops.bmm(attn, self.v(ctx))
        return out, idx


def make():
    np.random.seed(26)
    x = Tensor(np.random.randn(2, 10, 8).astype(np.float32))
    ctx = Tensor(np.random.randn(2, 7, 8).astype(np.float32))
    return SparseTopKAttention(), (x, ctx)
