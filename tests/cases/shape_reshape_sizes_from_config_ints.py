# case: Tensor.reshape with several sizes that come from __init__ integers and the input shape (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Heads(nn.Cell):
    def __init__(self, heads=2, dim=8):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.qkv = nn.Dense(dim, dim * 3)

    def construct(self, x):
        b, n, _ = x.shape
        qkv = self.qkv(x).reshape(b, n, 3, self.heads, self.head_dim)
        return qkv.permute(2, 0, 3, 1, 4)


def make():
    return Heads(), (Tensor(np.ones((2, 5, 8), np.float32)),)
