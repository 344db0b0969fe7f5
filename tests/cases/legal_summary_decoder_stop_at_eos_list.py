# case: greedy summary decoder that loops while the last token is not EOS and appends each token to a Python list -> while on tensor value with a growing list, error or unsupported in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EOS_ID = 2


class GreedySummaryDecoder(nn.Cell):
    def __init__(self, vocab_size=20, hidden=16, max_len=12):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Dense(hidden, vocab_size)
        self.max_len = max_len

    def construct(self, doc_state, bos):
        h = doc_state
        token = bos
        summary = []
        steps = 0
        while token[0] != EOS_ID and steps < self.max_len:
            h = self.cell(self.embed(token), h)
            token = ops.argmax(self.out(h), dim=-1).astype(ms.int32)
            summary.append(token)
            steps += 1
        return ops.stack(summary, axis=1)


def make():
    np.random.seed(12)
    doc_state = Tensor(np.random.randn(1, 16).astype(np.float32))
    bos = Tensor(np.array([1], dtype=np.int32))
    return GreedySummaryDecoder(), (doc_state, bos)
