# case: greedy LaTeX decoder runs a constant number of steps and freezes finished sequences with ops.where on an eos flag -> constant loop, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedLengthDecoder(nn.Cell):
    def __init__(self, vocab=20, hidden=16, eos_id=2, pad_id=0, max_len=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab)
        self.eos_id = eos_id
        self.pad_id = pad_id
        self.max_len = max_len

    def construct(self, h, start):
        tok = start
        finished = ops.zeros(start.shape, ms.bool_)
        outputs = []
        for _ in range(self.max_len):
            h = self.cell(self.embed(tok), h)
            nxt = self.out(h).argmax(-1).astype(ms.int32)
            nxt = ops.where(finished, ops.full_like(nxt, self.pad_id), nxt)
            finished = ops.logical_or(finished, nxt == self.eos_id)
            outputs.append(nxt)
            tok = nxt
        return ops.stack(outputs, 1)


def make():
    np.random.seed(24)
    h = Tensor(np.random.randn(3, 16).astype(np.float32))
    start = Tensor(np.ones(3, np.int32))
    return FixedLengthDecoder(), (h, start)
