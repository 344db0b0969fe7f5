# case: incremental decoder that keeps past keys/values as plain Tensor attributes and grows them with ops.cat (self.past_k = ...); expect error at STRICT, LAX may compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HEAD_DIM = 8


class IncrementalAttention(nn.Cell):
    def __init__(self, dim=HEAD_DIM, batch=2, use_cache=True):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.v = nn.Dense(dim, dim)
        self.use_cache = use_cache
        self.past_k = Tensor(np.zeros((batch, 1, dim), np.float32))
        self.past_v = Tensor(np.zeros((batch, 1, dim), np.float32))
        self.scale = dim ** -0.5

    def construct(self, x):
        q, k, v = self.q(x), self.k(x), self.v(x)
        if self.use_cache:
            k = ops.cat((self.past_k, k), axis=1)
            v = ops.cat((self.past_v, v), axis=1)
            self.past_k = k
            self.past_v = v
        att = ops.softmax(ops.bmm(q, k.transpose(0, 2, 1)) * self.scale, axis=-1)
        return ops.bmm(att, v)


class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.attn = IncrementalAttention()
        self.norm = nn.LayerNorm((HEAD_DIM,))

    def construct(self, x):
        return x + self.attn(self.norm(x))


def make():
    return Block(), (Tensor(np.random.randn(2, 1, HEAD_DIM).astype(np.float32)),)
