# case: cross-attention block drops padded text tokens by gathering ops.nonzero(encoder_attention_mask) positions before the key/value projection -> data-dependent token count, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnConfig:
    def __init__(self, query_dim=16, cross_attention_dim=8, heads=2, only_cross_attention=False):
        self.query_dim = query_dim
        self.cross_attention_dim = cross_attention_dim
        self.heads = heads
        self.only_cross_attention = only_cross_attention


def strip_padding(encoder_hidden_states, encoder_attention_mask):
    keep = ops.nonzero(encoder_attention_mask[0])[:, 0]
    return ops.gather(encoder_hidden_states, keep, 1)


class CrossAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.heads = config.heads
        self.scale = (config.query_dim // config.heads) ** -0.5
        self.to_q = nn.Dense(config.query_dim, config.query_dim, has_bias=False)
        self.to_k = nn.Dense(config.cross_attention_dim, config.query_dim, has_bias=False)
        self.to_v = nn.Dense(config.cross_attention_dim, config.query_dim, has_bias=False)
        self.to_out = nn.Dense(config.query_dim, config.query_dim)

    def construct(self, hidden_states, encoder_hidden_states=None, encoder_attention_mask=None):
        if encoder_hidden_states is None:
            encoder_hidden_states = hidden_states
        elif encoder_attention_mask is not None:
            encoder_hidden_states = strip_padding(encoder_hidden_states, encoder_attention_mask)
        q = self.to_q(hidden_states)
        k = self.to_k(encoder_hidden_states)
        v = self.to_v(encoder_hidden_states)
        attn = ops.softmax(ops.bmm(q, k.swapaxes(1, 2)) * self.scale, axis=-1)
        return self.to_out(ops.bmm(attn, v))


def make():
    np.random.seed(14)
    hs = Tensor(np.random.randn(1, 6, 16).astype(np.float32))
    ctx = Tensor(np.random.randn(1, 5, 8).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 0, 0]], np.int32))
    return CrossAttention(AttnConfig()), (hs, ctx, mask)
