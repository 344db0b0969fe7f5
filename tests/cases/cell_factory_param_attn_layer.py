# case: `attn_layer=Attention` default stored as `self.attn = attn_layer(dim)`; the block's parent passes ints, the reshape by H, W is static (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Attention(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.qkv = nn.Dense(dim, dim * 3)

    def construct(self, x, H, W):
        B, N, C = x.shape
        q, k, v = ops.split(self.qkv(x), C, axis=-1)
        attn = ops.softmax(ops.bmm(q, k.transpose(0, 2, 1)), axis=-1)
        out = ops.bmm(attn, v)
        return out.reshape(B, H, W, C).reshape(B, N, C)


class Block(nn.Cell):
    def __init__(self, dim, attn_layer=Attention):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.attn = attn_layer(dim)

    def construct(self, x, size):
        H, W = size
        return x + self.attn(self.norm(x), H, W)


class Net(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.block = Block(dim)

    def construct(self, x):
        return self.block(x, (4, 4))


def make():
    return Net(), (Tensor(np.ones((2, 16, 8), np.float32)),)
