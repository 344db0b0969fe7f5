# case: efficient-attention helper builds a causal sliding-window mask from arange over the sequence shape and applies it with ops.masked_fill -> mask is data but shapes are static, static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class MaskConfig:
    def __init__(self, hidden_size=32, num_heads=4, sliding_window=3, is_causal=True):
        self.hidden_size = hidden_size
        self.num_heads = num_heads
        self.sliding_window = sliding_window
        self.is_causal = is_causal


def make_sliding_causal_mask(q_len, kv_len, window=None):
    q_pos = ops.arange(q_len).reshape(-1, 1) + (kv_len - q_len)
    k_pos = ops.arange(kv_len).reshape(1, -1)
    blocked = k_pos > q_pos
    if window is not None:
        blocked = ops.logical_or(blocked, (q_pos - k_pos) >= window)
    return blocked


class LocalAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_heads
        self.head_dim = config.hidden_size // config.num_heads
        self.window = config.sliding_window
        self.is_causal = config.is_causal
        self.proj = nn.Dense(config.hidden_size, 3 * config.hidden_size, has_bias=False)

    def construct(self, x, padding_mask=None):
        b, s, h = x.shape
        qkv = self.proj(x).reshape(b, s, 3, self.num_heads, self.head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5)
        if self.is_causal:
            scores = ops.masked_fill(scores, make_sliding_causal_mask(s, s, self.window), NEG_INF)
        if padding_mask is not None:
            pad = (padding_mask == 0).reshape(b, 1, 1, s)
            scores = ops.masked_fill(scores, pad, NEG_INF)
        out = ops.matmul(ops.softmax(scores, axis=-1), v)
        return out.transpose(0, 2, 1, 3).reshape(b, s, h)


def make():
    np.random.seed(34)
    attn = LocalAttention(MaskConfig())
    x = Tensor(np.random.randn(2, 6, 32).astype(np.float32))
    pad = Tensor(np.array([[1] * 6, [1] * 4 + [0] * 2], dtype=np.int32))
    return attn, (x, pad)
