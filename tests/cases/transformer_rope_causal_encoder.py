# case: tiny transformer encoder block with rotary embeddings and a constant causal mask; expect static at LAX and STRICT
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

D_MODEL = 32
N_HEADS = 4
MAX_LEN = 16


def rotate_half(x):
    x1, x2 = ops.split(x, x.shape[-1] // 2, axis=-1)
    return ops.concat((-x2, x1), axis=-1)


class Rotary(nn.Cell):
    def __init__(self, dim, max_len=MAX_LEN):
        super().__init__()
        inv = 1.0 / (10000 ** (np.arange(0, dim, 2, dtype=np.float32) / dim))
        t = np.arange(max_len, dtype=np.float32)
        freqs = np.outer(t, inv)
        emb = np.concatenate([freqs, freqs], axis=-1)
        self.cos = Tensor(np.cos(emb), ms.float32)
        self.sin = Tensor(np.sin(emb), ms.float32)

    def construct(self, q, k):
        seq = q.shape[-2]
        cos = self.cos[:seq]
        sin = self.sin[:seq]
        return q * cos + rotate_half(q) * sin, k * cos + rotate_half(k) * sin


class Block(nn.Cell):
    def __init__(self, d=D_MODEL, h=N_HEADS):
        super().__init__()
        self.h = h
        self.dh = d // h
        self.qkv = nn.Dense(d, 3 * d)
        self.proj = nn.Dense(d, d)
        self.norm1 = nn.LayerNorm((d,))
        self.norm2 = nn.LayerNorm((d,))
        self.ff = nn.SequentialCell([nn.Dense(d, 4 * d), nn.GELU(), nn.Dense(4 * d, d)])
        self.rope = Rotary(self.dh)
        mask = np.triu(np.ones((MAX_LEN, MAX_LEN), np.float32), k=1) * -1e9
        self.causal = Tensor(mask)

    def construct(self, x):
        b, s, d = x.shape
        y = self.norm1(x)
        qkv = self.qkv(y).reshape(b, s, 3, self.h, self.dh)
        qkv = qkv.transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        q, k = self.rope(q, k)
        att = ops.matmul(q, k.swapaxes(-1, -2)) / math.sqrt(self.dh)
        att = att + self.causal[:s, :s]
        att = ops.softmax(att, axis=-1)
        out = ops.matmul(att, v).transpose(0, 2, 1, 3).reshape(b, s, d)
        x = x + self.proj(out)
        return x + self.ff(self.norm2(x))


def make():
    return Block(), (Tensor(np.random.randn(2, 12, D_MODEL).astype(np.float32)),)
