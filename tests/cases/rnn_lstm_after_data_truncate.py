# case: truncate the padded batch to its longest length (a tensor max) before nn.LSTM: the sequence axis is data-dependent
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Tagger(nn.Cell):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 8)
        self.rnn = nn.LSTM(8, 8, batch_first=True)
        self.proj = nn.Dense(8, 4)

    def construct(self, ids, lengths):
        t_max = lengths.max()
        ids = ids[:, :t_max]
        x = self.emb(ids)
        out, _ = self.rnn(x)
        return self.proj(out)


def make():
    return Tagger(), (Tensor(np.ones((2, 10), np.int32)), Tensor(np.array([7, 4], np.int32)))
