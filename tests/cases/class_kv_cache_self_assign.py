# case: incremental attention stores the latest keys on self.cache inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IncrementalAttn(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.k = nn.Dense(dim, dim)
        self.v = nn.Dense(dim, dim)
        self.cache = None

    def construct(self, x):
        k = self.k(x)
        v = self.v(x)
        self.cache = k
        att = ops.softmax(ops.matmul(x, k.swapaxes(1, 2)), axis=-1)
        return ops.matmul(att, v)


def make():
    return IncrementalAttn(), (Tensor(np.random.randn(1, 4, 8).astype(np.float32)),)
