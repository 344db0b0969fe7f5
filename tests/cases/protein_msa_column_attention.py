# case: MSA column attention that transposes rows and columns and attends over the alignment depth with a padding mask added as bias -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColumnSelfAttention(nn.Cell):
    def __init__(self, dim=16, heads=2):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.v = nn.Dense(dim, dim)
        self.out = nn.Dense(dim, dim)
        self.norm = nn.LayerNorm((dim,))

    def construct(self, msa, row_mask):
        r, c, d = msa.shape
        x = self.norm(msa).transpose(1, 0, 2)
        q = self.q(x).reshape(c, r, self.heads, self.head_dim).transpose(0, 2, 1, 3)
        k = self.k(x).reshape(c, r, self.heads, self.head_dim).transpose(0, 2, 3, 1)
        v = self.v(x).reshape(c, r, self.heads, self.head_dim).transpose(0, 2, 1, 3)
        scores = ops.matmul(q, k) / (self.head_dim ** 0.5)
        bias = (1.0 - row_mask.astype(ms.float32)) * -1e9
        scores = scores + bias.reshape(1, 1, 1, r)
        ctx = ops.matmul(ops.softmax(scores, axis=-1), v)
        ctx = ctx.transpose(2, 0, 1, 3).reshape(r, c, d)
        return msa + self.out(ctx)


def make():
    np.random.seed(8)
    msa = Tensor(np.random.randn(6, 10, 16).astype(np.float32))
    row_mask = Tensor(np.array([1, 1, 1, 1, 0, 0], dtype=np.bool_))
    return ColumnSelfAttention(), (msa, row_mask)
