# case: Wayformer-style scene self-attention with key padding mask, optional attention-weight outputs by flag, getattr defaults and **kwargs forwarding -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class SceneEncoderConfig:
    def __init__(self, hidden_size=32, num_heads=4, num_layers=2, output_attentions=True):
        self.hidden_size = hidden_size
        self.num_heads = num_heads
        self.num_layers = num_layers
        self.output_attentions = output_attentions


class SelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.h = config.num_heads
        self.dh = config.hidden_size // config.num_heads
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size)
        self.out = nn.Dense(config.hidden_size, config.hidden_size)
        self.scale = getattr(config, "attn_scale", None) or self.dh ** -0.5

    def construct(self, x, key_padding_mask=None, **kwargs):
        b, n, d = x.shape
        q, k, v = ops.split(self.qkv(x).reshape(b, n, 3, self.h, self.dh).transpose(2, 0, 3, 1, 4), 1)
        scores = ops.matmul(q[0], k[0].swapaxes(-1, -2)) * self.scale
        if key_padding_mask is not None:
            scores = ops.masked_fill(scores, ops.logical_not(key_padding_mask)[:, None, None, :], NEG_INF)
        attn = ops.softmax(scores, axis=-1)
        ctx = ops.matmul(attn, v[0]).transpose(0, 2, 1, 3).reshape(b, n, d)
        return self.out(ctx), attn


class SceneEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.output_attentions = config.output_attentions
        self.layers = nn.CellList([SelfAttention(config) for _ in range(config.num_layers)])
        self.norms = nn.CellList([nn.LayerNorm((config.hidden_size,)) for _ in range(config.num_layers)])

    def construct(self, tokens, key_padding_mask=None, **kwargs):
        all_attn = ()
        for layer, norm in zip(self.layers, self.norms):
            out, attn = layer(tokens, key_padding_mask, **kwargs)
            tokens = norm(tokens + out)
            all_attn = all_attn + (attn,) if self.output_attentions else all_attn
        outputs = (tokens,) + ((all_attn,) if self.output_attentions else ())
        return outputs


def make():
    np.random.seed(40)
    tokens = Tensor(np.random.randn(2, 10, 32).astype(np.float32))
    m = np.ones((2, 10), dtype=np.bool_)
    m[0, 7:] = False
    return SceneEncoder(SceneEncoderConfig()), (tokens, Tensor(m))
