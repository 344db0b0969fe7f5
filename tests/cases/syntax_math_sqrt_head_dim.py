# case: attention scales scores by 1 / math.sqrt(head_dim) where head_dim comes from x.shape (a Python int); expect static at LAX and STRICT
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def scaled_dot(q, k, v):
    d = q.shape[-1]
    scores = ops.matmul(q, k.swapaxes(-1, -2)) / math.sqrt(d)
    return ops.matmul(ops.softmax(scores, axis=-1), v)


class SelfAttention(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.v = nn.Dense(dim, dim)

    def construct(self, x):
        return scaled_dot(self.q(x), self.k(x), self.v(x))


def make():
    return SelfAttention(), (Tensor(np.ones((2, 5, 8), np.float32)),)
