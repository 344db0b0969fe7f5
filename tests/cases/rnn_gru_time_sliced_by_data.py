# case: encoder keeps the first n steps of the window, n read from a length tensor, then runs nn.GRU over them -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Enc(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(5, 8, batch_first=True)

    def construct(self, x, n):
        x = x[:, :n.max()]
        out, h = self.rnn(x)
        return out.sum() + h.sum()


def make():
    np.random.seed(1)
    return Enc(), (Tensor(np.random.randn(2, 6, 5).astype(np.float32)), Tensor(np.array([4, 3], np.int32)))
