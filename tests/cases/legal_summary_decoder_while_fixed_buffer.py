# case: greedy summary decoder looping while not all sequences hit EOS (a tensor condition) but writing tokens into a fixed-size buffer with a one-hot step mask -> tensor-conditioned while with loop-invariant shapes, likely compiles with static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EOS_ID = 2


class BufferedSummaryDecoder(nn.Cell):
    def __init__(self, vocab_size=20, hidden=16, max_len=8):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab_size)
        self.max_len = max_len

    def construct(self, doc_state, bos):
        batch = bos.shape[0]
        buffer = ops.full((batch, self.max_len), EOS_ID, dtype=ms.int32)
        positions = ops.arange(0, self.max_len, dtype=ms.int32).expand_dims(0)
        h, token = doc_state, bos
        done = ops.zeros((batch,), ms.bool_)
        step = Tensor(0, ms.int32)
        while step < self.max_len and not done.all():
            h = self.cell(self.embed(token), h)
            token = ops.argmax(self.out(h), dim=-1).astype(ms.int32)
            token = ops.select(done, ops.full_like(token, EOS_ID), token)
            write = (positions == step).astype(ms.int32)
            buffer = buffer * (1 - write) + token.expand_dims(-1) * write
            done = ops.logical_or(done, token == EOS_ID)
            step = step + 1
        return buffer


def make():
    np.random.seed(37)
    doc_state = Tensor(np.random.randn(2, 16).astype(np.float32))
    bos = Tensor(np.array([1, 1], dtype=np.int32))
    return BufferedSummaryDecoder(), (doc_state, bos)
