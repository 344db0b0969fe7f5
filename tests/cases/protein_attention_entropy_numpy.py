# case: computes per-head attention entropy by calling .asnumpy() and NumPy inside a helper method of the Cell -> error in graph mode (host round trip)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionEntropyProbe(nn.Cell):
    def __init__(self, dim=16, heads=4):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)

    def entropy(self, attn):
        a = attn.asnumpy()
        ent = -(a * np.log(a + 1e-9)).sum(-1).mean(-1)
        return Tensor(ent.astype(np.float32))

    def construct(self, x):
        b, l, d = x.shape
        q = self.q(x).reshape(b, l, self.heads, self.head_dim).transpose(0, 2, 1, 3)
        k = self.k(x).reshape(b, l, self.heads, self.head_dim).transpose(0, 2, 3, 1)
        attn = ops.softmax(ops.matmul(q, k) / (self.head_dim ** 0.5), axis=-1)
        return self.entropy(attn)


def make():
    np.random.seed(17)
    x = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return AttentionEntropyProbe(), (x,)
