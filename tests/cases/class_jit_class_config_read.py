# case: @ms.jit_class config object created in __init__ and only read (scalar attributes) in construct; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class AttnConfig:
    def __init__(self, heads=2, dropout=0.0, scale=0.5):
        self.heads = heads
        self.dropout = dropout
        self.scale = scale


class MultiHead(nn.Cell):
    def __init__(self, d=8):
        super().__init__()
        self.cfg = AttnConfig()
        self.qkv = nn.Dense(d, 3 * d)

    def construct(self, x):
        b, t, d = x.shape
        q, k, v = ops.split(self.qkv(x), d, axis=-1)
        h = self.cfg.heads
        q = q.reshape(b, t, h, d // h).transpose(0, 2, 1, 3)
        k = k.reshape(b, t, h, d // h).transpose(0, 2, 1, 3)
        v = v.reshape(b, t, h, d // h).transpose(0, 2, 1, 3)
        att = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) * self.cfg.scale, axis=-1)
        return ops.matmul(att, v).transpose(0, 2, 1, 3).reshape(b, t, d)


def make():
    return MultiHead(), (Tensor(np.ones((2, 5, 8), np.float32)),)
