# case: greedy summary decoder that runs a constant number of steps and forces EOS after finishing with ops.select on a done flag -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EOS_ID = 2


class FixedStepSummaryDecoder(nn.Cell):
    def __init__(self, vocab_size=20, hidden=16, max_len=6):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab_size)
        self.max_len = max_len

    def construct(self, doc_state, bos):
        h = doc_state
        token = bos
        done = ops.zeros_like(bos).astype(ms.bool_)
        eos = ops.full_like(bos, EOS_ID)
        outputs = []
        for _ in range(self.max_len):
            h = self.cell(self.embed(token), h)
            nxt = ops.argmax(self.out(h), dim=-1).astype(ms.int32)
            token = ops.select(done, eos, nxt)
            done = ops.logical_or(done, token == EOS_ID)
            outputs.append(token)
        return ops.stack(outputs, axis=1)


def make():
    np.random.seed(13)
    doc_state = Tensor(np.random.randn(3, 16).astype(np.float32))
    bos = Tensor(np.array([1, 1, 1], dtype=np.int32))
    return FixedStepSummaryDecoder(), (doc_state, bos)
