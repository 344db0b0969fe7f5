# case: cross-attention block turns the optional encoder_attention_mask into an additive -1e4 bias instead of dropping padded tokens -> mask used arithmetically, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class AttnConfig:
    def __init__(self, query_dim=16, cross_attention_dim=8, heads=2, upcast_softmax=True):
        self.query_dim = query_dim
        self.cross_attention_dim = cross_attention_dim
        self.heads = heads
        self.upcast_softmax = upcast_softmax


def prepare_attention_mask(mask, target_len, heads):
    bias = (1.0 - mask.astype(ms.float32)) * -10000.0
    bias = bias[:, None, None, :]
    return ops.broadcast_to(bias, (mask.shape[0], heads, target_len, mask.shape[-1]))


class CrossAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.heads = config.heads
        self.head_dim = config.query_dim // config.heads
        self.upcast_softmax = getattr(config, "upcast_softmax", False)
        self.to_q = nn.Dense(config.query_dim, config.query_dim, has_bias=False)
        self.to_k = nn.Dense(config.cross_attention_dim, config.query_dim, has_bias=False)
        self.to_v = nn.Dense(config.cross_attention_dim, config.query_dim, has_bias=False)
        self.to_out = nn.Dense(config.query_dim, config.query_dim)

    def _split_heads(self, x):
        b, n, _ = x.shape
        return x.reshape(b, n, self.heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, hidden_states, encoder_hidden_states: Optional[Tensor] = None,
                  encoder_attention_mask: Optional[Tensor] = None):
        context = hidden_states if encoder_hidden_states is None else encoder_hidden_states
        q, k, v = [self._split_heads(f(x)) for f, x in zip((self.to_q, self.to_k, self.to_v), (hidden_states, context, context))]
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * (self.head_dim ** -0.5)
        if encoder_attention_mask is not None:
            scores = scores + prepare_attention_mask(encoder_attention_mask, q.shape[2], self.heads)
        if self.upcast_softmax:
            scores = scores.astype(ms.float32)
        out = ops.matmul(ops.softmax(scores, axis=-1), v)
        b, h, n, d = out.shape
        return self.to_out(out.transpose(0, 2, 1, 3).reshape(b, n, h * d))


def make():
    np.random.seed(15)
    hs = Tensor(np.random.randn(1, 6, 16).astype(np.float32))
    ctx = Tensor(np.random.randn(1, 5, 8).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 0, 0]], np.int32))
    return CrossAttention(AttnConfig()), (hs, ctx, mask)
