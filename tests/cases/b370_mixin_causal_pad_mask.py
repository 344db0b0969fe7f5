# case: stroke decoder uses a shared mixin helper that combines a causal mask and a padding mask built from lengths (shape from x.shape, values from lengths) -> mask arithmetic only, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MASK_VALUE = -1e4


class MaskingMixin:
    def build_attention_bias(self, x, lengths=None, causal=True):
        n = x.shape[1]
        steps = ops.arange(n, dtype=ms.int32)
        allowed = ops.ones((1, n, n), ms.bool_)
        if causal:
            allowed = allowed & (steps.reshape(1, 1, n) <= steps.reshape(1, n, 1))
        if lengths is not None:
            allowed = allowed & (steps.reshape(1, 1, n) < lengths.reshape(-1, 1, 1))
        return (1.0 - allowed.astype(x.dtype)) * MASK_VALUE


class DecoderConfig:
    def __init__(self, hidden_size=16, causal=True):
        self.hidden_size = hidden_size
        self.causal = causal


class CausalStrokeDecoder(nn.Cell, MaskingMixin):
    def __init__(self, config):
        super().__init__()
        self.qkv = nn.Dense(config.hidden_size, 3 * config.hidden_size)
        self.causal = config.causal
        self.scale = config.hidden_size ** -0.5

    def construct(self, x, lengths):
        q, k, v = ops.chunk(self.qkv(x), 3, axis=-1)
        bias = self.build_attention_bias(x, lengths, causal=self.causal)
        probs = ops.softmax(ops.matmul(q, k.swapaxes(1, 2)) * self.scale + bias, axis=-1)
        return ops.matmul(probs, v)


def make():
    np.random.seed(3736)
    x = Tensor(np.random.randn(3, 12, 16).astype(np.float32))
    lengths = Tensor(np.array([12, 8, 5], dtype=np.int32))
    return CausalStrokeDecoder(DecoderConfig()), (x, lengths)
