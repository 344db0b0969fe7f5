# case: AutoInt interacting layer: multi-head self-attention across field embeddings with heads split by reshape using sizes from .shape and config, residual projection -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InteractingLayer(nn.Cell):
    def __init__(self, dim=8, heads=2, use_residual=True):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.q = nn.Dense(dim, dim, has_bias=False)
        self.k = nn.Dense(dim, dim, has_bias=False)
        self.v = nn.Dense(dim, dim, has_bias=False)
        self.res = nn.Dense(dim, dim, has_bias=False) if use_residual else None

    def split_heads(self, x):
        b, f, _ = x.shape
        return x.reshape(b, f, self.heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, x):
        b, f, d = x.shape
        q, k, v = self.split_heads(self.q(x)), self.split_heads(self.k(x)), self.split_heads(self.v(x))
        att = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5), axis=-1)
        out = ops.matmul(att, v).transpose(0, 2, 1, 3).reshape(b, f, d)
        if self.res is not None:
            out = out + self.res(x)
        return ops.relu(out)


class AutoInt(nn.Cell):
    def __init__(self, vocab=100, num_fields=5, dim=8, num_layers=2):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.layers = nn.SequentialCell([InteractingLayer(dim) for _ in range(num_layers)])
        self.out = nn.Dense(num_fields * dim, 1)

    def construct(self, ids):
        h = self.layers(self.emb(ids))
        return self.out(h.reshape(h.shape[0], -1)).squeeze(-1)


def make():
    np.random.seed(37)
    ids = Tensor(np.random.randint(0, 100, size=(3, 5)).astype(np.int32))
    return AutoInt(), (ids,)
