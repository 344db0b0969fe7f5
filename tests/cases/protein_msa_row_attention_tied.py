# case: MSA row attention with tied attention weights across sequences, tie flag is a Python bool from the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowSelfAttention(nn.Cell):
    def __init__(self, dim=16, heads=4, tied=True):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.tied = tied
        self.qkv = nn.Dense(dim, 3 * dim)
        self.out = nn.Dense(dim, dim)

    def split(self, x):
        r, c, _ = x.shape
        return x.reshape(r, c, self.heads, self.head_dim)

    def construct(self, msa):
        r, c, d = msa.shape
        q, k, v = ops.split(self.qkv(msa), d, axis=-1)
        q, k, v = self.split(q), self.split(k), self.split(v)
        scale = self.head_dim ** -0.5
        q = q.transpose(2, 0, 1, 3)
        k = k.transpose(2, 0, 3, 1)
        v = v.transpose(2, 0, 1, 3)
        if self.tied:
            scores = ops.matmul(q, k).sum(axis=1) * scale / (r ** 0.5)
            attn = ops.softmax(scores, axis=-1).expand_dims(1)
        else:
            attn = ops.softmax(ops.matmul(q, k) * scale, axis=-1)
        ctx = ops.matmul(attn, v).transpose(1, 2, 0, 3)
        return self.out(ctx.reshape(r, c, d))


def make():
    np.random.seed(7)
    msa = Tensor(np.random.randn(5, 12, 16).astype(np.float32))
    return RowSelfAttention(tied=True), (msa,)
