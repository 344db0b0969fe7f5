# case: step-by-step GRUCell over padded visits looping over visits.shape[1] and freezing the state on padding with a mask blend -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedVisitRNN(nn.Cell):
    def __init__(self, code_dim=5, hidden=8, num_bins=4):
        super().__init__()
        self.cell = nn.GRUCell(code_dim, hidden)
        self.hidden = hidden
        self.hazard = nn.Dense(hidden, num_bins)

    def construct(self, visits, lengths):
        b, t, _ = visits.shape
        h = ops.zeros((b, self.hidden), ms.float32)
        for step in range(t):
            new_h = self.cell(visits[:, step], h)
            alive = (lengths > step).astype(ms.float32).expand_dims(1)
            h = alive * new_h + (1.0 - alive) * h
        hazards = ops.sigmoid(self.hazard(h))
        return ops.cumprod(1.0 - hazards, 1)


def make():
    np.random.seed(39)
    visits = Tensor(np.random.randn(3, 6, 5).astype(np.float32))
    lengths = Tensor(np.array([6, 2, 4], dtype=np.int32))
    return MaskedVisitRNN(), (visits, lengths)
