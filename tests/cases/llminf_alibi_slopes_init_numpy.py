# case: ALiBi slopes computed with NumPy in __init__, per-call bias from arange over key length from .shape -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def get_alibi_slopes(n_heads):
    closest = 2 ** math.floor(math.log2(n_heads))
    base = 2.0 ** (-(2.0 ** -(math.log2(closest) - 3)))
    slopes = np.power(base, np.arange(1, closest + 1))
    if closest != n_heads:
        extra_base = 2.0 ** (-(2.0 ** -(math.log2(2 * closest) - 3)))
        extra = np.power(extra_base, np.arange(1, 2 * (n_heads - closest) + 1, 2))
        slopes = np.concatenate([slopes, extra])
    return slopes.astype(np.float32)


class AlibiBias(nn.Cell):
    def __init__(self, num_heads=6, causal=True):
        super().__init__()
        self.causal = causal
        self.slopes = Tensor(get_alibi_slopes(num_heads).reshape(1, num_heads, 1, 1))

    def construct(self, scores):
        q_len, k_len = scores.shape[-2], scores.shape[-1]
        rel = ops.arange(k_len).reshape(1, -1) - ops.arange(q_len).reshape(-1, 1) - (k_len - q_len)
        bias = self.slopes * rel.astype(ms.float32)
        if self.causal:
            bias = ops.masked_fill(bias, rel > 0, -1e9)
        return ops.softmax(scores + bias, axis=-1)


def make():
    np.random.seed(36)
    s = Tensor(np.random.randn(1, 6, 4, 5).astype(np.float32))
    return AlibiBias(), (s,)
