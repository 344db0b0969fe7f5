# case: self-attention with key padding mask applied through masked_fill(-inf) before softmax; fixed shapes -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore import mint


class SelfAttention(nn.Cell):
    def __init__(self, dim=8, heads=2):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Dense(dim, dim * 3)
        self.out = nn.Dense(dim, dim)
        self.scale = (dim // heads) ** -0.5

    def construct(self, x, pad_mask):
        b, t, d = x.shape
        qkv = self.qkv(x).reshape(b, t, 3, self.heads, d // self.heads)
        qkv = qkv.transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        att = mint.matmul(q, k.swapaxes(-1, -2)) * self.scale
        att = att.masked_fill(pad_mask.reshape(b, 1, 1, t), -1e9)
        att = mint.softmax(att, dim=-1)
        y = mint.matmul(att, v).transpose(0, 2, 1, 3).reshape(b, t, d)
        return self.out(y)


def make():
    x = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    pad = Tensor(np.array([[0, 0, 0, 1, 1], [0, 0, 0, 0, 0]], bool))
    return SelfAttention(), (x, pad)
