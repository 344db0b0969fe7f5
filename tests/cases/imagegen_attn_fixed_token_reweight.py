# case: prompt-to-prompt style re-weighting of cross-attention columns for token indices fixed in the config, scale vector built with one_hot -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReweightedCrossAttention(nn.Cell):
    def __init__(self, dim=8, heads=2, num_tokens=7, edit_tokens=(2, 5), edit_scales=(2.0, 0.5)):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.to_q = nn.Dense(dim, dim, has_bias=False)
        self.to_kv = nn.Dense(dim, 2 * dim, has_bias=False)
        self.to_out = nn.Dense(dim, dim)
        self.num_tokens = num_tokens
        self.edit_tokens = edit_tokens
        self.edit_scales = edit_scales

    def _token_scale(self):
        scale = ops.ones((self.num_tokens,), ms.float32)
        for idx, s in zip(self.edit_tokens, self.edit_scales):
            onehot = ops.one_hot(Tensor(idx, ms.int32), self.num_tokens,
                                 Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
            scale = scale + onehot * (s - 1.0)
        return scale

    def _split(self, x):
        b, n, _ = x.shape
        return x.reshape(b, n, self.heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, x, ctx):
        q = self._split(self.to_q(x))
        k, v = ops.split(self.to_kv(ctx), x.shape[-1], axis=-1)
        k, v = self._split(k), self._split(v)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5), axis=-1)
        attn = attn * self._token_scale()
        attn = attn / attn.sum(axis=-1, keepdims=True)
        out = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(x.shape)
        return self.to_out(out)


def make():
    np.random.seed(23)
    x = Tensor(np.random.randn(1, 16, 8).astype(np.float32))
    ctx = Tensor(np.random.randn(1, 7, 8).astype(np.float32))
    return ReweightedCrossAttention(), (x, ctx)
