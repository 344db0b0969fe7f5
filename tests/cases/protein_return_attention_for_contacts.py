# case: transformer layer returns its attention map alongside the output so the contact head reads it functionally -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentionLayer(nn.Cell):
    def __init__(self, dim=16, heads=2):
        super().__init__()
        self.heads = heads
        self.hd = dim // heads
        self.qkv = nn.Dense(dim, 3 * dim)
        self.out = nn.Dense(dim, dim)

    def construct(self, x):
        b, l, d = x.shape
        qkv = self.qkv(x).reshape(b, l, 3, self.heads, self.hd).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (self.hd ** 0.5), axis=-1)
        ctx = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(b, l, d)
        return x + self.out(ctx), attn


class EncoderWithContacts(nn.Cell):
    def __init__(self, dim=16, num_layers=3):
        super().__init__()
        self.layers = nn.CellList([AttentionLayer(dim) for _ in range(num_layers)])

    def construct(self, x):
        maps = ()
        for layer in self.layers:
            x, attn = layer(x)
            maps = maps + (attn,)
        stacked = ops.stack(maps, axis=1).mean(axis=(1, 2))
        return x, stacked + stacked.swapaxes(-1, -2)


def make():
    np.random.seed(24)
    return EncoderWithContacts(), (Tensor(np.random.randn(2, 9, 16).astype(np.float32)),)
