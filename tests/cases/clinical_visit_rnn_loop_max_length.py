# case: hand-rolled visit RNN that loops for int(lengths.max()) steps and stacks the hidden states -> dynamic shape or compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisitCell(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.cell = nn.GRUCell(dim, dim)

    def construct(self, x, h):
        return self.cell(x, h)


class VisitSequenceModel(nn.Cell):
    def __init__(self, dim=8, n_out=2):
        super().__init__()
        self.step = VisitCell(dim)
        self.out = nn.Dense(dim, n_out)
        self.dim = dim

    def construct(self, visits, lengths):
        batch = visits.shape[0]
        h = ops.zeros((batch, self.dim), ms.float32)
        states = []
        for t in range(int(lengths.max())):
            h_new = self.step(visits[:, t], h)
            active = (lengths > t).astype(ms.float32).expand_dims(-1)
            h = active * h_new + (1 - active) * h
            states.append(h)
        seq = ops.stack(states, 1)
        return self.out(seq.mean(1))


def make():
    np.random.seed(25)
    visits = Tensor(np.random.randn(3, 6, 8).astype(np.float32))
    lengths = Tensor(np.array([4, 2, 3], np.int32))
    return VisitSequenceModel(), (visits, lengths)
