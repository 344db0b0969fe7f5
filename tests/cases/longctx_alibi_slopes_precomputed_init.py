# case: ALiBi attention whose slopes and distance matrix are precomputed with NumPy in __init__ and cropped with the static sequence length in construct -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def alibi_slopes(n_heads):
    closest = 2 ** math.floor(math.log2(n_heads))
    base = 2 ** (-(2 ** -(math.log2(closest) - 3)))
    slopes = [base ** (i + 1) for i in range(closest)]
    if closest != n_heads:
        extra = 2 ** (-(2 ** -(math.log2(2 * closest) - 3)))
        slopes += [extra ** (2 * i + 1) for i in range(n_heads - closest)]
    return np.array(slopes, dtype=np.float32)


class ALiBiCausalAttention(nn.Cell):
    def __init__(self, dim=12, n_heads=3, max_len=16):
        super().__init__()
        self.n_heads = n_heads
        self.head_dim = dim // n_heads
        self.qkv = nn.Dense(dim, 3 * dim)
        pos = np.arange(max_len)
        dist = (pos[None, :] - pos[:, None]).astype(np.float32)
        bias = alibi_slopes(n_heads)[:, None, None] * np.minimum(dist, 0)[None]
        causal = np.triu(np.full((max_len, max_len), -1e9, np.float32), 1)
        self.alibi = Tensor(bias + causal[None])

    def construct(self, x):
        b, s, d = x.shape
        qkv = self.qkv(x).reshape(b, s, 3, self.n_heads, self.head_dim).transpose(2, 0, 3, 1, 4)
        scores = ops.matmul(qkv[0], qkv[1].swapaxes(-1, -2)) / math.sqrt(self.head_dim)
        scores = scores + self.alibi[:, :s, :s]
        out = ops.matmul(ops.softmax(scores, axis=-1), qkv[2])
        return out.transpose(0, 2, 1, 3).reshape(b, s, d)


def make():
    np.random.seed(21)
    x = Tensor(np.random.randn(2, 5, 12).astype(np.float32))
    return ALiBiCausalAttention(), (x,)
