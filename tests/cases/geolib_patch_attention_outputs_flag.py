# case: patch-token attention block for tile encoders whose outputs tuple grows with output_attentions and an optional attention mask tested with `is not None` -> flag-dependent tuple length is static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class AttnConfig:
    def __init__(self, dim=16, heads=2, output_attentions=True, use_mask=False):
        self.dim = dim
        self.heads = heads
        self.output_attentions = output_attentions
        self.use_mask = use_mask


class PatchSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.heads = config.heads
        self.head_dim = config.dim // config.heads
        self.qkv = nn.Dense(config.dim, 3 * config.dim)
        self.out = nn.Dense(config.dim, config.dim)
        self.output_attentions = config.output_attentions

    def construct(self, tokens, attention_mask: Optional[Tensor] = None, output_attentions=None):
        output_attentions = self.output_attentions if output_attentions is None else output_attentions
        b, n, d = tokens.shape
        qkv = self.qkv(tokens).reshape(b, n, 3, self.heads, self.head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5)
        if attention_mask is not None:
            scores = scores + (1.0 - attention_mask) * -1e4
        attn = ops.softmax(scores, axis=-1)
        h = self.out(ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(b, n, d))
        outputs = (h, attn) if output_attentions else (h,)
        return outputs


def make():
    np.random.seed(3408)
    tokens = Tensor(np.random.rand(2, 9, 16).astype(np.float32))
    return PatchSelfAttention(AttnConfig()), (tokens,)
