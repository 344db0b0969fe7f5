# case: grouped-query attention expands KV heads with a repeat_kv helper based on shapes, optional attention_mask tested with `is not None`, kwargs forwarded to the core attention -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GQAConfig:
    def __init__(self, hidden_size=64, num_attention_heads=8, num_key_value_heads=2, attention_dropout=0.0):
        self.hidden_size = hidden_size
        self.num_attention_heads = num_attention_heads
        self.num_key_value_heads = num_key_value_heads
        self.attention_dropout = attention_dropout


def repeat_kv(hidden_states, n_rep):
    batch, num_kv_heads, slen, head_dim = hidden_states.shape
    if n_rep == 1:
        return hidden_states
    hidden_states = hidden_states.expand_dims(2)
    hidden_states = ops.broadcast_to(hidden_states, (batch, num_kv_heads, n_rep, slen, head_dim))
    return hidden_states.reshape(batch, num_kv_heads * n_rep, slen, head_dim)


class GroupedQueryAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_attention_heads
        self.num_kv_heads = config.num_key_value_heads
        self.head_dim = config.hidden_size // self.num_heads
        self.num_kv_groups = self.num_heads // self.num_kv_heads
        self.scaling = self.head_dim ** -0.5
        self.q_proj = nn.Dense(config.hidden_size, self.num_heads * self.head_dim, has_bias=False)
        self.k_proj = nn.Dense(config.hidden_size, self.num_kv_heads * self.head_dim, has_bias=False)
        self.v_proj = nn.Dense(config.hidden_size, self.num_kv_heads * self.head_dim, has_bias=False)
        self.o_proj = nn.Dense(self.num_heads * self.head_dim, config.hidden_size, has_bias=False)

    def _shape(self, x, heads):
        b, s, _ = x.shape
        return x.reshape(b, s, heads, self.head_dim).transpose(0, 2, 1, 3)

    def _core_attention(self, q, k, v, attention_mask=None, **kwargs):
        scaling = kwargs.get("scaling", self.scaling)
        scores = ops.matmul(q, k.swapaxes(2, 3)) * scaling
        if attention_mask is not None:
            scores = scores + attention_mask
        return ops.matmul(ops.softmax(scores, axis=-1), v)

    def construct(self, hidden_states, attention_mask=None):
        b, s, _ = hidden_states.shape
        q = self._shape(self.q_proj(hidden_states), self.num_heads)
        k = repeat_kv(self._shape(self.k_proj(hidden_states), self.num_kv_heads), self.num_kv_groups)
        v = repeat_kv(self._shape(self.v_proj(hidden_states), self.num_kv_heads), self.num_kv_groups)
        out = self._core_attention(q, k, v, attention_mask=attention_mask, scaling=self.scaling)
        return self.o_proj(out.transpose(0, 2, 1, 3).reshape(b, s, -1))


def make():
    np.random.seed(21)
    attn = GroupedQueryAttention(GQAConfig())
    x = Tensor(np.random.randn(2, 5, 64).astype(np.float32))
    causal = np.triu(np.full((5, 5), -1e9, dtype=np.float32), k=1)[None, None]
    return attn, (x, Tensor(causal))
