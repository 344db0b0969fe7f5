# case: greedy decoder loops while no EOS is produced, writing tokens into a fixed-size buffer (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyDecoder(nn.Cell):
    def __init__(self, vocab=8, dim=6, max_len=5, eos=1):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.cell = nn.GRUCell(dim, dim)
        self.out = nn.Dense(dim, vocab)
        self.max_len = max_len
        self.eos = eos
        self.positions = Tensor(np.arange(max_len), ms.int32)

    def construct(self, h, start):
        tok = start
        buf = ops.zeros((self.max_len,), ms.int32)
        step = Tensor(0, ms.int32)
        while step < self.max_len and tok[0] != self.eos:
            h = self.cell(self.embed(tok), h)
            tok = ops.argmax(self.out(h), dim=-1).astype(ms.int32)
            buf = ops.where(self.positions == step, tok[0], buf)
            step = step + 1
        return buf


def make():
    return GreedyDecoder(), (Tensor(np.zeros((1, 6), np.float32)), Tensor(np.array([2], np.int32)))
