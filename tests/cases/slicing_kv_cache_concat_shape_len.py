# case: a decoder self-attention that concatenates past key/value tensors and slices the causal mask by lengths taken from .shape, so everything stays static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachedSelfAttention(nn.Cell):
    def __init__(self, hidden=16, max_pos=32):
        super().__init__()
        self.q_proj = nn.Dense(hidden, hidden)
        self.k_proj = nn.Dense(hidden, hidden)
        self.v_proj = nn.Dense(hidden, hidden)
        self.scale = hidden ** -0.5
        self.causal = Tensor(np.tril(np.ones((max_pos, max_pos), np.bool_)))

    def construct(self, hidden_states, past_key=None, past_value=None, use_cache=True):
        q = self.q_proj(hidden_states)
        k = self.k_proj(hidden_states)
        v = self.v_proj(hidden_states)
        if past_key is not None:
            k = ops.concat((past_key, k), axis=1)
            v = ops.concat((past_value, v), axis=1)
        q_len = q.shape[1]
        k_len = k.shape[1]
        mask = self.causal[k_len - q_len:k_len, :k_len]
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale
        scores = scores.masked_fill(~mask, -1e9)
        out = ops.matmul(ops.softmax(scores, -1), v)
        if use_cache:
            return out, (k, v)
        return out, None


def make():
    x = Tensor(np.random.randn(2, 3, 16).astype(np.float32))
    pk = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    pv = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return CachedSelfAttention(), (x, pk, pv, True)
