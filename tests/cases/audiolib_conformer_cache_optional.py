# case: conformer self-attention layer with an Optional key/value cache tested with `is not None`, a use_cache flag and flag-dependent output tuple length -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class ConformerConfig:
    def __init__(self, d_model=32, n_heads=4, use_cache=True, output_attentions=False):
        self.d_model = d_model
        self.n_heads = n_heads
        self.use_cache = use_cache
        self.output_attentions = output_attentions


class CachedSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.h = config.n_heads
        self.d_k = config.d_model // config.n_heads
        self.q = nn.Dense(config.d_model, config.d_model)
        self.kv = nn.Dense(config.d_model, 2 * config.d_model)
        self.out = nn.Dense(config.d_model, config.d_model)
        self.use_cache = config.use_cache
        self.output_attentions = config.output_attentions

    def _split(self, x):
        b, t, _ = x.shape
        return x.reshape(b, t, self.h, self.d_k).transpose(0, 2, 1, 3)

    def construct(self, x, cache: Optional[Tensor] = None, mask: Optional[Tensor] = None):
        q = self._split(self.q(x))
        kv = self.kv(x)
        if cache is not None:
            kv = ops.concat((cache, kv), axis=1)
        k, v = ops.split(kv, kv.shape[-1] // 2, axis=-1)
        k, v = self._split(k), self._split(v)
        scores = ops.matmul(q, k.transpose(0, 1, 3, 2)) / (self.d_k ** 0.5)
        if mask is not None:
            scores = ops.masked_fill(scores, mask.expand_dims(1), -1e4)
        attn = ops.softmax(scores, axis=-1)
        ctx = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(x.shape[0], x.shape[1], -1)
        outputs = (self.out(ctx),)
        if self.use_cache:
            outputs = outputs + (kv,)
        if self.output_attentions:
            outputs = outputs + (attn,)
        return outputs


def make():
    np.random.seed(3305)
    net = CachedSelfAttention(ConformerConfig())
    x = Tensor(np.random.randn(2, 8, 32).astype(np.float32))
    cache = Tensor(np.random.randn(2, 16, 64).astype(np.float32))
    mask = Tensor(np.zeros((2, 8, 24), dtype=np.bool_))
    return net, (x, cache, mask)
