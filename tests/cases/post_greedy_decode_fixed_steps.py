# case: greedy decoding for a fixed number of steps, writing argmax tokens into a preallocated buffer via one-hot blend; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VOCAB = 12
MAX_STEPS = 5
BOS = 1


class GreedyDecoder(nn.Cell):
    def __init__(self, vocab=VOCAB, hidden=16, max_steps=MAX_STEPS):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.Dense(hidden * 2, hidden)
        self.out = nn.Dense(hidden, vocab)
        self.max_steps = max_steps
        self.step_ids = Tensor(np.arange(max_steps, dtype=np.int32))

    def construct(self, ctx):
        b = ctx.shape[0]
        tok = ops.fill(ms.int32, (b,), BOS)
        seq = ops.zeros((b, self.max_steps), ms.int32)
        h = ctx
        for t in range(self.max_steps):
            e = self.embed(tok)
            h = ops.tanh(self.cell(ops.cat((e, h), axis=-1)))
            tok = ops.argmax(self.out(h), dim=-1).astype(ms.int32)
            sel = (self.step_ids == t).astype(ms.int32).reshape(1, -1)
            seq = seq * (1 - sel) + tok.reshape(-1, 1) * sel
        return seq


def make():
    return GreedyDecoder(), (Tensor(np.random.randn(3, 16).astype(np.float32)),)
