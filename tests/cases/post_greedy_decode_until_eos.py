# case: greedy decoding in a while loop until all sequences emit EOS (tensor condition), growing the output with ops.cat; expect error or dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VOCAB = 12
MAX_STEPS = 5
BOS = 1
EOS = 2


class GreedyDecoder(nn.Cell):
    def __init__(self, vocab=VOCAB, hidden=16, max_steps=MAX_STEPS):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.Dense(hidden * 2, hidden)
        self.out = nn.Dense(hidden, vocab)
        self.max_steps = max_steps

    def construct(self, ctx):
        b = ctx.shape[0]
        tok = ops.fill(ms.int32, (b,), BOS)
        seq = tok.reshape(-1, 1)
        h = ctx
        finished = tok == EOS
        step = 0
        while not finished.all() and step < self.max_steps:
            e = self.embed(tok)
            h = ops.tanh(self.cell(ops.cat((e, h), axis=-1)))
            tok = ops.argmax(self.out(h), dim=-1).astype(ms.int32)
            seq = ops.cat((seq, tok.reshape(-1, 1)), axis=1)
            finished = ops.logical_or(finished, tok == EOS)
            step += 1
        return seq


def make():
    return GreedyDecoder(), (Tensor(np.random.randn(3, 16).astype(np.float32)),)
