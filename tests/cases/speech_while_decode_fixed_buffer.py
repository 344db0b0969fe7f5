# case: greedy RNN-T-ish decoding in a tensor-conditioned while loop that writes into a fixed-size token buffer -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BufferedGreedyDecoder(nn.Cell):
    def __init__(self, vocab=7, dim=8, max_len=6, eos=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.cell = nn.GRUCell(dim, dim)
        self.out = nn.Dense(dim, vocab)
        self.max_len = max_len
        self.eos = eos

    def construct(self, h0):
        b = h0.shape[0]
        buf = ops.full((b, self.max_len), self.eos, dtype=ms.int32)
        tok = ops.zeros((b,), ms.int32)
        h = h0
        step = Tensor(0, ms.int32)
        done = Tensor(False)
        while step < self.max_len and not done:
            h = self.cell(self.embed(tok), h)
            tok = ops.argmax(self.out(h), dim=-1).astype(ms.int32)
            onehot = ops.arange(self.max_len).reshape(1, -1) == step
            buf = ops.select(onehot.broadcast_to(buf.shape), tok.reshape(-1, 1).broadcast_to(buf.shape), buf)
            done = (tok == self.eos).all()
            step = step + 1
        return buf


def make():
    np.random.seed(46)
    h0 = Tensor(np.random.randn(2, 8).astype(np.float32))
    return BufferedGreedyDecoder(), (h0,)
