# case: grouped-query attention with an uneven query-head to KV-head assignment, expanding KV heads with repeat_interleave over bincount counts -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnevenGQA(nn.Cell):
    def __init__(self, dim=24, num_heads=6, num_kv_heads=2, head_map=(0, 0, 0, 0, 1, 1)):
        super().__init__()
        self.num_heads = num_heads
        self.num_kv_heads = num_kv_heads
        self.head_dim = dim // num_heads
        self.head_map = Tensor(np.array(head_map, dtype=np.int32))
        self.q_proj = nn.Dense(dim, num_heads * self.head_dim, has_bias=False)
        self.k_proj = nn.Dense(dim, num_kv_heads * self.head_dim, has_bias=False)
        self.v_proj = nn.Dense(dim, num_kv_heads * self.head_dim, has_bias=False)

    def _split(self, t, heads):
        b, s, _ = t.shape
        return t.reshape(b, s, heads, self.head_dim).transpose(0, 2, 1, 3)

    def _expand_kv(self, t):
        group_sizes = ops.bincount(self.head_map).astype(ms.int32)
        return ops.repeat_interleave(t, group_sizes, axis=1)

    def construct(self, x):
        q = self._split(self.q_proj(x), self.num_heads)
        k = self._expand_kv(self._split(self.k_proj(x), self.num_kv_heads))
        v = self._expand_kv(self._split(self.v_proj(x), self.num_kv_heads))
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5), axis=-1)
        out = ops.matmul(attn, v).transpose(0, 2, 1, 3)
        return out.reshape(x.shape[0], x.shape[1], -1)


def make():
    np.random.seed(11)
    x = Tensor(np.random.randn(2, 5, 24).astype(np.float32))
    return UnevenGQA(), (x,)
