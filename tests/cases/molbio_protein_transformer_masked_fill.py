# case: protein transformer encoder block, key padding mask applied with masked_fill before softmax, sinusoidal positions from .shape -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProteinEncoderBlock(nn.Cell):
    def __init__(self, vocab=22, dim=16, ffn=32, pad_id=0):
        super().__init__()
        self.pad_id = pad_id
        self.dim = dim
        self.embed = nn.Embedding(vocab, dim)
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.v = nn.Dense(dim, dim)
        self.ffn = nn.SequentialCell([nn.Dense(dim, ffn), nn.GELU(), nn.Dense(ffn, dim)])
        self.ln1 = nn.LayerNorm((dim,))
        self.ln2 = nn.LayerNorm((dim,))

    def positions(self, length):
        pos = ops.arange(length).astype(ms.float32)[:, None]
        freq = ops.exp(ops.arange(0, self.dim, 2).astype(ms.float32) * (-math.log(10000.0) / self.dim))
        ang = pos * freq[None, :]
        return ops.stack((ops.sin(ang), ops.cos(ang)), -1).reshape(length, self.dim)

    def construct(self, tokens):
        pad = tokens == self.pad_id
        h = self.embed(tokens) + self.positions(tokens.shape[1])
        x = self.ln1(h)
        scores = ops.matmul(self.q(x), self.k(x).transpose(0, 2, 1)) / math.sqrt(self.dim)
        scores = scores.masked_fill(pad[:, None, :], -1e9)
        h = h + ops.matmul(ops.softmax(scores, -1), self.v(x))
        return h + self.ffn(self.ln2(h))


def make():
    np.random.seed(34)
    tok = np.random.randint(1, 22, size=(2, 9)).astype(np.int32)
    tok[1, 6:] = 0
    return ProteinEncoderBlock(), (Tensor(tok),)
