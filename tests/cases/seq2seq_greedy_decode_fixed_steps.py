# case: GRU seq2seq greedy decoder running a fixed MAX_STEPS loop, writing tokens into a preallocated buffer and masking after EOS; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VOCAB = 20
BOS, EOS = 1, 2
MAX_STEPS = 5


class Seq2Seq(nn.Cell):
    def __init__(self, d=16):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, d)
        self.enc = nn.GRU(d, d, batch_first=True)
        self.dec = nn.GRUCell(d, d)
        self.out = nn.Dense(d, VOCAB)

    def construct(self, src):
        b = src.shape[0]
        _, h = self.enc(self.emb(src))
        h = h[0]
        tok = ops.fill(ms.int32, (b,), BOS)
        done = ops.zeros((b,), ms.bool_)
        result = []
        for _ in range(MAX_STEPS):
            h = self.dec(self.emb(tok), h)
            nxt = self.out(h).argmax(axis=-1).astype(ms.int32)
            nxt = ops.where(done, ops.fill(ms.int32, (b,), EOS), nxt)
            result.append(nxt)
            done = ops.logical_or(done, nxt == EOS)
            tok = nxt
        return ops.stack(result, axis=1)


def make():
    return Seq2Seq(), (Tensor(np.random.randint(3, VOCAB, (2, 6)).astype(np.int32)),)
