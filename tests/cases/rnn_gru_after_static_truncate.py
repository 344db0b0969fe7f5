# case: truncate the padded batch to a configured maximum (a Python int) before nn.GRU (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Tagger(nn.Cell):
    def __init__(self, max_len=6):
        super().__init__()
        self.max_len = max_len
        self.emb = nn.Embedding(30, 8)
        self.rnn = nn.GRU(8, 8, batch_first=True)

    def construct(self, ids, lengths):
        ids = ids[:, :self.max_len]
        x = self.emb(ids)
        out, _ = self.rnn(x, seq_length=ops.minimum(lengths, self.max_len))
        return out


def make():
    return Tagger(), (Tensor(np.ones((2, 10), np.int32)), Tensor(np.array([7, 4], np.int32)))
