# case: per-head attention entropy computed with MindSpore ops (log, sum, mean) on the softmax output -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionEntropyProbe(nn.Cell):
    def __init__(self, dim=16, heads=4, eps=1e-9):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.eps = eps
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)

    def entropy(self, attn):
        return -(attn * ops.log(attn + self.eps)).sum(-1).mean(-1)

    def construct(self, x, pad_mask=None):
        b, l, d = x.shape
        q = self.q(x).reshape(b, l, self.heads, self.head_dim).transpose(0, 2, 1, 3)
        k = self.k(x).reshape(b, l, self.heads, self.head_dim).transpose(0, 2, 3, 1)
        scores = ops.matmul(q, k) / (self.head_dim ** 0.5)
        if pad_mask is not None:
            scores = scores + (1.0 - pad_mask.astype(ms.float32)).reshape(b, 1, 1, l) * -1e9
        return self.entropy(ops.softmax(scores, axis=-1))


def make():
    np.random.seed(18)
    x = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return AttentionEntropyProbe(), (x, None)
