# case: greedy decoding while (tok != eos).any() and a Python counter; the body first calls a sub-Cell, then scales the state, then concatenates -> call depth error, blamed at the first body line with an op of its own
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Step(nn.Cell):
    def __init__(self, vocab=12, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.GRUCell(hidden, hidden)

    def construct(self, tok, h):
        return self.cell(self.embed(tok), h)


class Decoder(nn.Cell):
    def __init__(self, vocab=12, hidden=8, eos=2, max_len=5):
        super().__init__()
        self.step_cell = Step(vocab, hidden)
        self.out = nn.Dense(hidden, vocab)
        self.eos = eos
        self.max_len = max_len

    def construct(self, h, tok):
        seq = tok[:, None]
        step = 0
        while (tok != self.eos).any() and step < self.max_len:
            h = self.step_cell(tok, h)
            h = h * 0.9
            tok = ops.argmax(self.out(h), dim=-1).astype(ms.int32)
            seq = ops.concat((seq, tok[:, None]), axis=1)
            step += 1
        return seq


def make():
    h = Tensor(np.random.RandomState(4).randn(2, 8).astype(np.float32))
    return Decoder(), (h, Tensor(np.array([1, 1], np.int32)))
