# case: Llama-style grouped-query attention repeating KV heads with n_rep derived from config/shape via broadcast_to + reshape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def repeat_kv(hidden, n_rep):
    b, n_kv, s, hd = hidden.shape
    if n_rep == 1:
        return hidden
    hidden = hidden.expand_dims(2).broadcast_to((b, n_kv, n_rep, s, hd))
    return hidden.reshape(b, n_kv * n_rep, s, hd)


class GroupedQueryAttention(nn.Cell):
    def __init__(self, dim=32, num_heads=8, num_kv_heads=2, attn_mask_value=-1e9):
        super().__init__()
        self.num_heads = num_heads
        self.num_kv_heads = num_kv_heads
        self.head_dim = dim // num_heads
        self.n_rep = num_heads // num_kv_heads
        self.mask_value = attn_mask_value
        self.q_proj = nn.Dense(dim, num_heads * self.head_dim, has_bias=False)
        self.kv_proj = nn.Dense(dim, 2 * num_kv_heads * self.head_dim, has_bias=False)
        self.o_proj = nn.Dense(num_heads * self.head_dim, dim, has_bias=False)

    def construct(self, x, attention_mask=None):
        b, s, _ = x.shape
        q = self.q_proj(x).reshape(b, s, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)
        kv = self.kv_proj(x).reshape(b, s, 2, self.num_kv_heads, self.head_dim).transpose(2, 0, 3, 1, 4)
        k = repeat_kv(kv[0], self.n_rep)
        v = repeat_kv(kv[1], self.n_rep)
        scores = ops.matmul(q, k.swapaxes(2, 3)) / (self.head_dim ** 0.5)
        if attention_mask is not None:
            scores = ops.masked_fill(scores, attention_mask.reshape(b, 1, 1, s) == 0, self.mask_value)
        out = ops.matmul(ops.softmax(scores, axis=-1), v).transpose(0, 2, 1, 3)
        return self.o_proj(out.reshape(b, s, -1))


def make():
    np.random.seed(23)
    x = Tensor(np.random.randn(2, 5, 32).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]], dtype=np.int32))
    return GroupedQueryAttention(), (x, mask)
