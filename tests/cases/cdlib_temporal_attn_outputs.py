# case: multi-temporal self-attention over T acquisitions returning (hidden,) or (hidden, attn) depending on output_attentions and a tuple vs output class on return_dict=False -> output length from Python flags, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnConfig:
    def __init__(self, dim=16, num_heads=2, output_attentions=True, use_return_dict=False):
        self.dim = dim
        self.num_heads = num_heads
        self.output_attentions = output_attentions
        self.use_return_dict = use_return_dict


class TemporalAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_heads
        self.head_dim = config.dim // config.num_heads
        self.qkv = nn.Dense(config.dim, 3 * config.dim)
        self.out = nn.Dense(config.dim, config.dim)
        self.output_attentions = config.output_attentions
        self.use_return_dict = config.use_return_dict

    def _split_heads(self, x):
        n, t, _ = x.shape
        return x.reshape(n, t, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, series, output_attentions=None):
        output_attentions = self.output_attentions if output_attentions is None else output_attentions
        n, t, d = series.shape
        q, k, v = ops.split(self.qkv(series), d, axis=-1)
        q, k, v = self._split_heads(q), self._split_heads(k), self._split_heads(v)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5), axis=-1)
        h = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(n, t, d)
        h = self.out(h)
        outputs = (h,) + (attn,) if output_attentions else (h,)
        return outputs


def make():
    np.random.seed(39)
    series = Tensor(np.random.randn(4, 5, 16).astype(np.float32))
    return TemporalAttention(AttnConfig()), (series,)
