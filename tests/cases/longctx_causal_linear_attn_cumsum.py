# case: causal linear attention (elu+1 feature map) computing prefix sums of k^T v outer products with cumsum along the sequence -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalLinearAttention(nn.Cell):
    def __init__(self, dim=8, heads=2, eps=1e-6):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.eps = eps
        self.qkv = nn.Dense(dim, 3 * dim)
        self.out = nn.Dense(dim, dim)

    def phi(self, x):
        return ops.elu(x) + 1.0

    def construct(self, x):
        b, n, d = x.shape
        qkv = self.qkv(x).reshape(b, n, 3, self.heads, self.head_dim).transpose(2, 0, 3, 1, 4)
        q, k, v = self.phi(qkv[0]), self.phi(qkv[1]), qkv[2]
        kv = ops.expand_dims(k, -1) * ops.expand_dims(v, -2)
        kv_cum = ops.cumsum(kv, axis=2)
        k_cum = ops.cumsum(k, axis=2)
        num = (ops.expand_dims(q, -1) * kv_cum).sum(axis=-2)
        den = (q * k_cum).sum(axis=-1, keepdims=True) + self.eps
        out = (num / den).transpose(0, 2, 1, 3).reshape(b, n, d)
        return self.out(out)


def make():
    np.random.seed(26)
    x = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    return CausalLinearAttention(), (x,)
