# case: greedy decoder writes tokens into a preallocated buffer with a constant-bound for loop; shapes fixed -> static at LAX and STRICT
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

    def construct(self, tokens, valid):
        h = self.embed(tokens) * valid.expand_dims(-1)
        h = h.sum(axis=1) / ops.maximum(valid.sum(axis=1, keepdims=True), 1.0)
        return self.proj(h)


class GreedySearch(nn.Cell):
    def __init__(self):
        super().__init__()
        self.decoder = Decoder()

    def construct(self, start):
        batch = start.shape[0]
        seq = ops.zeros((batch, MAX_LEN + 1), ms.int32)
        valid = ops.zeros((batch, MAX_LEN + 1), ms.float32)
        seq[:, 0] = start[:, 0]
        valid[:, 0] = 1.0
        for i in range(MAX_LEN):
            logits = self.decoder(seq, valid)
            nxt = ops.argmax(logits, dim=-1).astype(ms.int32)
            seq[:, i + 1] = nxt
            valid[:, i + 1] = 1.0
        return seq


def make():
    start = Tensor(np.ones((2, 1), np.int32))
    return GreedySearch(), (start,)
