# case: recurrent update over a patient's visits looping for range(length) where length is a tensor element -> loop count from tensor value, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisitRNNCell(nn.Cell):
    def __init__(self, code_dim=5, hidden=8):
        super().__init__()
        self.cell = nn.GRUCell(code_dim, hidden)
        self.hidden = hidden
        self.head = nn.Dense(hidden, 1)

    def encode(self, visits, length):
        h = ops.zeros((1, self.hidden), ms.float32)
        for t in range(length):
            h = self.cell(visits[t:t + 1], h)
        return h

    def construct(self, visits, lengths):
        h = self.encode(visits[0], lengths[0])
        return self.head(h).squeeze(-1)


def make():
    np.random.seed(32)
    visits = Tensor(np.random.randn(2, 6, 5).astype(np.float32))
    lengths = Tensor(np.array([4, 6], dtype=np.int32))
    return VisitRNNCell(), (visits, lengths)
