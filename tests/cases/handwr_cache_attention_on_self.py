# case: attention module stores the last attention map on self inside construct for later visualization -> attribute write on self in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SymbolAttention(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.scale = dim ** -0.5
        self.last_alpha = None

    def construct(self, query, feats):
        scores = ops.matmul(self.q(query), self.k(feats).T) * self.scale
        alpha = ops.softmax(scores, -1)
        self.last_alpha = alpha
        return ops.matmul(alpha, feats)


def make():
    np.random.seed(11)
    q = Tensor(np.random.randn(2, 16).astype(np.float32))
    f = Tensor(np.random.randn(8, 16).astype(np.float32))
    return SymbolAttention(), (q, f)
