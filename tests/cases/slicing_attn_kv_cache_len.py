# case: decoder self-attention reads a KV cache up to a running length held in a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachedAttention(nn.Cell):
    def __init__(self, dim=16, heads=2):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.q_proj = nn.Dense(dim, dim)
        self.out_proj = nn.Dense(dim, dim)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, x, k_cache, v_cache, cur_len):
        b, t, d = x.shape
        q = self.q_proj(x).reshape(b, t, self.heads, self.head_dim).transpose(0, 2, 1, 3)
        k = k_cache[:, :, :cur_len]
        v = v_cache[:, :, :cur_len]
        scores = ops.matmul(q, k.transpose(0, 1, 3, 2)) / (self.head_dim ** 0.5)
        ctx = ops.matmul(self.softmax(scores), v)
        ctx = ctx.transpose(0, 2, 1, 3).reshape(b, t, d)
        return self.out_proj(ctx)


def make():
    x = Tensor(np.random.randn(1, 1, 16).astype(np.float32))
    kc = Tensor(np.random.randn(1, 2, 10, 8).astype(np.float32))
    vc = Tensor(np.random.randn(1, 2, 10, 8).astype(np.float32))
    return CachedAttention(), (x, kc, vc, Tensor(6, ms.int64))
