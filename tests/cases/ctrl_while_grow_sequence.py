# case: greedy decoder appends one token per step in a while loop on a tensor stop condition, growing the output; expect error or dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyDecoder(nn.Cell):
    def __init__(self, vocab=10, hidden=8, eos=1):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.head = nn.Dense(hidden, vocab)
        self.eos = eos

    def construct(self, start):
        out = start
        tok = start[:, -1]
        step = Tensor(0, ms.int32)
        while (tok != self.eos).all() and step < 5:
            logits = self.head(self.embed(tok))
            tok = logits.argmax(-1).astype(ms.int32)
            out = ops.concat((out, tok.expand_dims(1)), axis=1)
            step = step + 1
        return out


def make():
    return GreedyDecoder(), (Tensor(np.array([[2], [3]], np.int32)),)
