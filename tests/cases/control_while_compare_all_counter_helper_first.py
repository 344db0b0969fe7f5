# case: greedy decoding while (tok != eos).all() and a Python counter; a helper computes the next token, then the tokens grow by concat -> call depth error, blamed at the concat (the first body line with an op of its own)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Decoder(nn.Cell):
    def __init__(self, vocab=12, hidden=8, eos=2, max_len=5):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.out = nn.Dense(hidden, vocab)
        self.eos = eos
        self.max_len = max_len

    def next_token(self, tok, h):
        h = ops.tanh(self.embed(tok) + h)
        return ops.argmax(self.out(h), dim=-1).astype(ms.int32), h

    def construct(self, h, tok):
        seq = tok[:, None]
        step = 0
        while (tok != self.eos).all() and step < self.max_len:
            tok, h = self.next_token(tok, h)
            seq = ops.concat((seq, tok[:, None]), axis=1)
            step += 1
        return seq


def make():
    h = Tensor(np.random.RandomState(4).randn(2, 8).astype(np.float32))
    return Decoder(), (h, Tensor(np.array([1, 1], np.int32)))
