# case: causal attention slices a registered max-length mask with the query length from x.shape (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalSelfAttention(nn.Cell):
    def __init__(self, dim=16, max_len=32):
        super().__init__()
        self.qkv = nn.Dense(dim, dim * 3)
        self.proj = nn.Dense(dim, dim)
        self.mask = Tensor(np.tril(np.ones((max_len, max_len), np.float32)))
        self.scale = dim ** -0.5

    def construct(self, x):
        seq = x.shape[1]
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        att = ops.bmm(q, k.swapaxes(1, 2)) * self.scale
        m = self.mask[:seq, :seq]
        att = ops.masked_fill(att, m == 0, float("-inf"))
        att = ops.softmax(att, axis=-1)
        return self.proj(ops.bmm(att, v))


def make():
    return CausalSelfAttention(), (Tensor(np.random.randn(2, 5, 16).astype(np.float32)),)
