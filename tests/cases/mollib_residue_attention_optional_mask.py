# case: protein self-attention with Optional attention_mask=None and output_attentions flag changing output length -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional

NEG_INF = -1e4


class AttnConfig:
    hidden_size = 32
    num_heads = 4
    output_attentions = True


class ResidueSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_heads
        self.head_dim = config.hidden_size // config.num_heads
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size)
        self.out = nn.Dense(config.hidden_size, config.hidden_size)
        self.output_attentions = config.output_attentions

    def _split(self, x):
        b, l, _ = x.shape
        return x.reshape(b, l, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, h, attention_mask: Optional[Tensor] = None, output_attentions=None):
        if output_attentions is None:
            output_attentions = self.output_attentions
        q, k, v = [self._split(t) for t in ops.split(self.qkv(h), h.shape[-1], axis=-1)]
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / float(np.sqrt(self.head_dim))
        if attention_mask is not None:
            scores = scores + (1.0 - attention_mask[:, None, None, :]) * NEG_INF
        attn = ops.softmax(scores, axis=-1)
        ctx = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(h.shape)
        out = self.out(ctx)
        outputs = (out, attn) if output_attentions else (out,)
        return outputs


def make():
    np.random.seed(23)
    h = Tensor(np.random.randn(2, 10, 32).astype(np.float32))
    mask = np.ones((2, 10), np.float32)
    mask[0, 7:] = 0
    return ResidueSelfAttention(AttnConfig()), (h, Tensor(mask))
