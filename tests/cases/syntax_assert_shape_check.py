# case: assert on static shape properties with a message; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HIDDEN = 8


class Attn(nn.Cell):
    def __init__(self, hidden=HIDDEN, heads=2):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Dense(hidden, hidden * 3)

    def construct(self, x):
        b, n, c = x.shape
        assert c % self.heads == 0, "hidden must divide heads"
        assert x.ndim == 3
        q, k, v = ops.split(self.qkv(x), c, axis=-1)
        att = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (c ** 0.5), axis=-1)
        return ops.matmul(att, v)


def make():
    return Attn(), (Tensor(np.ones((2, 5, 8), np.float32)),)
