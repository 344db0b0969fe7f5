# case: self-attention over AST node sequence applies the padding mask only if it is not None -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NodeSelfAttention(nn.Cell):
    def __init__(self, dim=16, heads=2, dropout=0.0):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.qkv = nn.Dense(dim, 3 * dim)
        self.out = nn.Dense(dim, dim)
        self.drop = nn.Dropout(p=dropout) if dropout > 0 else nn.Identity()

    def _split(self, x):
        b, n, _ = x.shape
        return x.reshape(b, n, self.heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, x, pad_mask=None):
        b, n, d = x.shape
        q, k, v = ops.split(self.qkv(x), d, axis=-1)
        q, k, v = self._split(q), self._split(k), self._split(v)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5)
        if pad_mask is not None:
            scores = ops.masked_fill(scores, pad_mask.reshape(b, 1, 1, n), -1e9)
        attn = self.drop(ops.softmax(scores, axis=-1))
        ctx = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(b, n, d)
        return self.out(ctx)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    mask = Tensor(np.array([[0, 0, 0, 1, 1], [0, 0, 0, 0, 0]], np.bool_))
    return NodeSelfAttention(), (x, mask)
