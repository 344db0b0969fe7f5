# case: GRU seq2seq greedy decoder with a while loop on a tensor condition (until all EOS) that concatenates a growing output; expect error at LAX and STRICT
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
        tok = ops.fill(ms.int32, (b, 1), BOS)
        seq = tok
        step = 0
        while (tok != EOS).any() and step < MAX_STEPS:
            h = self.dec(self.emb(tok[:, 0]), h)
            tok = self.out(h).argmax(axis=-1).astype(ms.int32).reshape(b, 1)
            seq = ops.concat((seq, tok), axis=1)
            step += 1
        return seq


def make():
    return Seq2Seq(), (Tensor(np.random.randint(3, VOCAB, (2, 6)).astype(np.int32)),)
