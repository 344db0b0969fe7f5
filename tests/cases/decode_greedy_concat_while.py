# case: greedy decoder grows the token sequence with concat inside a while loop; carried tensor changes shape -> error or dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VOCAB = 16
HIDDEN = 8
MAX_LEN = 6


class Decoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, HIDDEN)
        self.proj = nn.Dense(HIDDEN, VOCAB)

    def construct(self, tokens):
        h = self.embed(tokens).mean(axis=1)
        return self.proj(h)


class GreedySearch(nn.Cell):
    def __init__(self, eos_id=2):
        super().__init__()
        self.decoder = Decoder()
        self.eos_id = eos_id

    def construct(self, start):
        seq = start
        step = Tensor(0, ms.int32)
        while step < MAX_LEN:
            logits = self.decoder(seq)
            nxt = ops.argmax(logits, dim=-1, keepdim=True).astype(ms.int32)
            seq = ops.concat((seq, nxt), axis=1)
            step = step + 1
        return seq


def make():
    start = Tensor(np.ones((2, 1), np.int32))
    return GreedySearch(), (start,)
