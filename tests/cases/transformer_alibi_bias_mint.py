# case: decoder self-attention with ALiBi bias built from mint.arange over x.shape and a causal mask via mint.triu; expect static at LAX and STRICT
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor

N_HEADS = 4


def alibi_slopes(n):
    start = 2 ** (-8.0 / n)
    return np.array([start ** (i + 1) for i in range(n)], np.float32)


class AlibiAttention(nn.Cell):
    def __init__(self, d=32, h=N_HEADS):
        super().__init__()
        self.h, self.dh = h, d // h
        self.qkv = nn.Dense(d, 3 * d)
        self.o = nn.Dense(d, d)
        self.slopes = Tensor(alibi_slopes(h).reshape(1, h, 1, 1))

    def construct(self, x):
        b, s, d = x.shape
        q, k, v = mint.chunk(self.qkv(x), 3, dim=-1)
        q = q.reshape(b, s, self.h, self.dh).transpose(0, 2, 1, 3)
        k = k.reshape(b, s, self.h, self.dh).transpose(0, 2, 1, 3)
        v = v.reshape(b, s, self.h, self.dh).transpose(0, 2, 1, 3)
        pos = mint.arange(s).astype(ms.float32)
        rel = pos[None, :] - pos[:, None]
        bias = self.slopes * rel[None, None]
        causal = mint.triu(mint.ones((s, s), dtype=ms.float32), diagonal=1) * -1e9
        att = mint.matmul(q, k.transpose(0, 1, 3, 2)) / math.sqrt(self.dh) + bias + causal
        att = ops.softmax(att, axis=-1)
        y = mint.matmul(att, v).transpose(0, 2, 1, 3).reshape(b, s, d)
        return self.o(y)


class Decoder(nn.Cell):
    def __init__(self, vocab=64, d=32):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.attn = AlibiAttention(d)
        self.ln = nn.LayerNorm((d,))
        self.lm = nn.Dense(d, vocab)

    def construct(self, ids):
        x = self.emb(ids)
        x = x + self.attn(self.ln(x))
        return self.lm(x)


def make():
    return Decoder(), (Tensor(np.random.randint(0, 64, (2, 9)).astype(np.int32)),)
