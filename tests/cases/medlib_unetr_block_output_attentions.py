# case: UNETR transformer block over 3-D patch tokens with a LayerNorm subclass, output_attentions / output_hidden_states flags building flag-length output tuples -> outputs depend only on Python flags, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ViTConfig:
    def __init__(self, hidden_size=16, num_heads=2, mlp_dim=32, output_attentions=True, output_hidden_states=False):
        self.hidden_size = hidden_size
        self.num_heads = num_heads
        self.mlp_dim = mlp_dim
        self.output_attentions = output_attentions
        self.output_hidden_states = output_hidden_states


class TokenLayerNorm(nn.LayerNorm):
    def __init__(self, hidden_size, eps=1e-6):
        super().__init__((hidden_size,), begin_norm_axis=-1, begin_params_axis=-1, epsilon=eps)


class SABlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_heads
        self.head_dim = config.hidden_size // config.num_heads
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size, has_bias=False)
        self.proj = nn.Dense(config.hidden_size, config.hidden_size)
        self.scale = self.head_dim ** -0.5

    def construct(self, x):
        b, n, c = x.shape
        qkv = self.qkv(x).reshape(b, n, 3, self.num_heads, self.head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) * self.scale, axis=-1)
        out = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(b, n, c)
        return self.proj(out), attn


class TransformerBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norm1 = TokenLayerNorm(config.hidden_size)
        self.attn = SABlock(config)
        self.norm2 = TokenLayerNorm(config.hidden_size)
        self.mlp = nn.SequentialCell([nn.Dense(config.hidden_size, config.mlp_dim), nn.GELU(),
                                      nn.Dense(config.mlp_dim, config.hidden_size)])
        self.output_attentions = config.output_attentions
        self.output_hidden_states = config.output_hidden_states

    def construct(self, hidden_states):
        attn_out, attn = self.attn(self.norm1(hidden_states))
        h = hidden_states + attn_out
        h = h + self.mlp(self.norm2(h))
        outputs = (h,) + (attn,) if self.output_attentions else (h,)
        if self.output_hidden_states:
            outputs = outputs + (hidden_states,)
        return outputs


def make():
    np.random.seed(38)
    tokens = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    return TransformerBlock(ViTConfig()), (tokens,)
