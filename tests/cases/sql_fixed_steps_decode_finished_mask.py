# case: greedy SQL decoder runs a constant number of steps and freezes finished sequences with a finished mask and ops.select -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedStepDecoder(nn.Cell):
    def __init__(self, vocab=20, hidden=16, end_id=1, pad_id=0, max_len=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab)
        self.end_id = end_id
        self.pad_id = pad_id
        self.max_len = max_len

    def step(self, tok, h):
        h = self.cell(self.embed(tok), h)
        nxt = ops.argmax(self.out(h), dim=-1).astype(ms.int32)
        return nxt, h

    def construct(self, enc_state, start_tok):
        h = enc_state
        tok = start_tok
        finished = ops.zeros_like(start_tok).astype(ms.bool_)
        pad = ops.fill(ms.int32, start_tok.shape, self.pad_id)
        outs = []
        for _ in range(self.max_len):
            nxt, h = self.step(tok, h)
            nxt = ops.select(finished, pad, nxt)
            finished = ops.logical_or(finished, nxt == self.end_id)
            outs.append(nxt)
            tok = nxt
        return ops.stack(outs, axis=1), finished


def make():
    np.random.seed(8)
    enc = Tensor(np.random.randn(3, 16).astype(np.float32))
    start = Tensor(np.array([2, 2, 2], dtype=np.int32))
    return FixedStepDecoder(), (enc, start)
