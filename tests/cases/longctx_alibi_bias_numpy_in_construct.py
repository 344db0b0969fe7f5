# case: ALiBi attention that builds the head slopes with math and the relative-distance matrix with NumPy inside construct -> compile error at line 25 (STRICT)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def get_alibi_slopes(n_heads):
    start = 2 ** (-(2 ** -(math.log2(n_heads) - 3)))
    return [start * (start ** i) for i in range(n_heads)]


class ALiBiAttention(nn.Cell):
    def __init__(self, dim=16, n_heads=4):
        super().__init__()
        self.n_heads = n_heads
        self.head_dim = dim // n_heads
        self.qkv = nn.Dense(dim, 3 * dim)

    def construct(self, x):
        b, s, d = x.shape
        qkv = self.qkv(x).reshape(b, s, 3, self.n_heads, self.head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        slopes = Tensor(get_alibi_slopes(self.n_heads), ms.float32).reshape(1, -1, 1, 1)
        rel = np.arange(s)[None, :] - np.arange(s)[:, None]
        bias = Tensor(rel, ms.float32).reshape(1, 1, s, s) * slopes
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / math.sqrt(self.head_dim) - ops.abs(bias)
        out = ops.matmul(ops.softmax(scores, axis=-1), v)
        return out.transpose(0, 2, 1, 3).reshape(b, s, d)


def make():
    np.random.seed(3)
    x = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return ALiBiAttention(), (x,)
