# case: GPT-style attention with optional past key/values guarded by `is not None` and an optional attention mask, called on the prefill path with None -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GPTAttention(nn.Cell):
    def __init__(self, dim=8, heads=2, use_cache=True):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.use_cache = use_cache
        self.c_attn = nn.Dense(dim, 3 * dim)
        self.c_proj = nn.Dense(dim, dim)

    def _heads(self, t):
        b, s, _ = t.shape
        return t.reshape(b, s, self.heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, x, past_key=None, past_value=None, attention_mask=None):
        b, s, d = x.shape
        q, k, v = [self._heads(t) for t in ops.split(self.c_attn(x), d, axis=2)]
        if past_key is not None:
            k = ops.concat((past_key, k), axis=2)
            v = ops.concat((past_value, v), axis=2)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5)
        if attention_mask is not None:
            scores = scores + (1.0 - attention_mask) * -1e4
        out = ops.matmul(ops.softmax(scores, axis=-1), v)
        out = self.c_proj(out.transpose(0, 2, 1, 3).reshape(b, s, d))
        if self.use_cache:
            return out, k, v
        return out


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(1, 4, 8).astype(np.float32))
    return GPTAttention(), (x, None, None, None)
