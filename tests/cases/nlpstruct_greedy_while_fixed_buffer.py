# case: greedy decode writing into a preallocated [batch, max_len] buffer, while loop on step count and not-all-finished flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BufferedGreedySearch(nn.Cell):
    def __init__(self, vocab=10, hidden=8, max_len=6, eos_id=2, pad_id=0):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.LSTMCell(hidden, hidden)
        self.head = nn.Dense(hidden, vocab)
        self.max_len = max_len
        self.eos_id = eos_id
        self.pad_id = pad_id

    def construct(self, h0, c0, bos):
        batch = bos.shape[0]
        out = ops.full((batch, self.max_len), self.pad_id, dtype=ms.int32)
        positions = ops.arange(self.max_len, dtype=ms.int32).expand_dims(0)
        finished = ops.zeros((batch,), ms.bool_)
        tok, h, c = bos, h0, c0
        step = Tensor(0, ms.int32)
        while step < self.max_len and not finished.all():
            h, c = self.cell(self.embed(tok), (h, c))
            nxt = self.head(h).argmax(-1).astype(ms.int32)
            nxt = ops.where(finished, ops.full_like(nxt, self.pad_id), nxt)
            out = ops.where(positions == step, nxt.expand_dims(1), out)
            finished = ops.logical_or(finished, nxt == self.eos_id)
            tok = nxt
            step = step + 1
        return out, step


def make():
    np.random.seed(0)
    h0 = Tensor(np.random.randn(2, 8).astype(np.float32))
    c0 = Tensor(np.zeros((2, 8), np.float32))
    bos = Tensor(np.array([1, 1], np.int32))
    return BufferedGreedySearch(), (h0, c0, bos)
