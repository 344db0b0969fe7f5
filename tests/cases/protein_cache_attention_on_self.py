# case: transformer layer stores the last attention map on self so a contact head can read it later, an attribute write inside construct -> error or side effect problem in graph mode
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
        self.last_attn = None

    def construct(self, x):
        b, l, d = x.shape
        qkv = self.qkv(x).reshape(b, l, 3, self.heads, self.hd).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        attn = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (self.hd ** 0.5), axis=-1)
        self.last_attn = attn
        ctx = ops.matmul(attn, v).transpose(0, 2, 1, 3).reshape(b, l, d)
        return x + self.out(ctx)


class EncoderWithContacts(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.layer = AttentionLayer(dim)

    def construct(self, x):
        h = self.layer(x)
        contacts = self.layer.last_attn.mean(axis=1)
        return h, contacts + contacts.swapaxes(-1, -2)


def make():
    np.random.seed(23)
    return EncoderWithContacts(), (Tensor(np.random.randn(2, 9, 16).astype(np.float32)),)
