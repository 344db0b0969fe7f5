# case: temporal self-attention with an optional causal mask built once in __init__ from the config (flag True) and applied with masked_fill -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e4


class TemporalAttnConfig:
    def __init__(self, dim=32, num_heads=4, num_frames=8, causal=True, attn_dropout=0.0):
        self.dim = dim
        self.num_heads = num_heads
        self.num_frames = num_frames
        self.causal = causal
        self.attn_dropout = attn_dropout


class TemporalSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_heads
        self.head_dim = config.dim // config.num_heads
        self.scale = self.head_dim ** -0.5
        self.qkv = nn.Dense(config.dim, 3 * config.dim)
        self.out = nn.Dense(config.dim, config.dim)
        self.dropout = nn.Dropout(p=config.attn_dropout) if config.attn_dropout > 0 else nn.Identity()
        self.causal = config.causal
        self.future_mask = self._build_future_mask(config.num_frames) if self.causal else None

    def _build_future_mask(self, t):
        return Tensor(np.triu(np.ones((t, t), dtype=np.bool_), k=1))

    def construct(self, x, attention_mask=None):
        b, t, c = x.shape
        qkv = self.qkv(x).reshape(b, t, 3, self.num_heads, self.head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale
        if self.future_mask is not None:
            scores = scores.masked_fill(self.future_mask, NEG_INF)
        if attention_mask is not None:
            scores = scores + (1.0 - attention_mask[:, None, None, :]) * NEG_INF
        probs = self.dropout(ops.softmax(scores, axis=-1))
        ctx = ops.matmul(probs, v).transpose(0, 2, 1, 3).reshape(b, t, c)
        return self.out(ctx)


def make():
    np.random.seed(107)
    x = Tensor(np.random.randn(2, 8, 32).astype(np.float32))
    return TemporalSelfAttention(TemporalAttnConfig()), (x,)
