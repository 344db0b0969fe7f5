# case: greedy event decoding for a fixed number of steps set in the constructor, writing each argmax token into a preallocated buffer, EOS handled with a done mask -> constant loop, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GRUEventDecoder(nn.Cell):
    def __init__(self, vocab=64, dim=16, steps=8, eos_id=1):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.cell = nn.GRUCell(dim, dim)
        self.head = nn.Dense(dim, vocab)
        self.steps = steps
        self.eos_id = eos_id

    def construct(self, start, h):
        tok = start
        done = ops.zeros_like(start).astype(ms.bool_)
        outputs = []
        for _ in range(self.steps):
            h = self.cell(self.embed(tok), h)
            nxt = ops.argmax(self.head(h), dim=-1).astype(ms.int32)
            nxt = ops.where(done, ops.full_like(nxt, self.eos_id), nxt)
            done = ops.logical_or(done, nxt == self.eos_id)
            outputs.append(nxt)
            tok = nxt
        return ops.stack(outputs, axis=1)


def make():
    np.random.seed(41)
    start = Tensor(np.array([2, 5, 7], dtype=np.int32))
    h = Tensor(np.zeros((3, 16), dtype=np.float32))
    return GRUEventDecoder(), (start, h)
