# case: keep only the sequences whose length is positive (a boolean row mask) before nn.GRU: the batch axis is data-dependent
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(8, 8, batch_first=True)

    def construct(self, x, lengths):
        keep = lengths > 0
        x = x[keep]
        out, h = self.rnn(x)
        return h


def make():
    return Encoder(), (Tensor(np.ones((3, 5, 8), np.float32)), Tensor(np.array([5, 0, 3], np.int32)))
