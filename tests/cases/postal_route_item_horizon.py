# case: route time predictor reads the shift horizon index with .item() from a tensor input and slices the leg sequence to that horizon before the GRU -> slice length from .item(), dynamic or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShiftETAModel(nn.Cell):
    def __init__(self, n_feat=6, hidden=16):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, batch_first=True)
        self.out = nn.Dense(hidden, 1)

    def construct(self, legs, horizon):
        h = horizon.item()
        seq = legs[:, :h, :]
        y, _ = self.rnn(seq)
        return self.out(y[:, -1, :]).squeeze(-1)


def make():
    np.random.seed(121)
    legs = Tensor(np.random.rand(2, 10, 6).astype(np.float32))
    horizon = Tensor(6, ms.int32)
    return ShiftETAModel(), (legs, horizon)
