# case: ALiBi causal attention with slopes precomputed in NumPy at init and the distance bias built from static arange of the sequence length -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def get_alibi_slopes(n_heads):
    def pow2_slopes(n):
        start = 2 ** (-2 ** -(math.log2(n) - 3))
        return [start * (start ** i) for i in range(n)]
    if math.log2(n_heads).is_integer():
        return pow2_slopes(n_heads)
    closest = 2 ** math.floor(math.log2(n_heads))
    return pow2_slopes(closest) + get_alibi_slopes(2 * closest)[0::2][: n_heads - closest]


class ALiBiCausalAttention(nn.Cell):
    def __init__(self, dim=24, num_heads=6):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.slopes = Tensor(np.array(get_alibi_slopes(num_heads), np.float32).reshape(num_heads, 1, 1))
        self.qkv = nn.Dense(dim, 3 * dim)

    def _alibi(self, seq_len):
        pos = ops.arange(seq_len, dtype=ms.float32)
        dist = pos.reshape(1, -1) - pos.reshape(-1, 1)
        causal = dist > 0
        bias = self.slopes * dist.expand_dims(0)
        return ops.masked_fill(bias, causal, float("-inf"))

    def construct(self, x):
        b, s, d = x.shape
        qkv = self.qkv(x).reshape(b, s, 3, self.num_heads, self.head_dim)
        q, k, v = ops.unstack(qkv.transpose(2, 0, 3, 1, 4), axis=0)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / math.sqrt(self.head_dim) + self._alibi(s)
        return ops.matmul(ops.softmax(scores, axis=-1), v).transpose(0, 2, 1, 3).reshape(b, s, d)


def make():
    np.random.seed(24)
    x = Tensor(np.random.randn(2, 6, 24).astype(np.float32))
    return ALiBiCausalAttention(), (x,)
