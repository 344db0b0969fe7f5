# case: route time predictor uses the first half of the leg sequence, half taken from legs.shape[1], as warm-up for the GRU -> slice length from static shape, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShiftETAModel(nn.Cell):
    def __init__(self, n_feat=6, hidden=16):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, batch_first=True)
        self.out = nn.Dense(hidden, 1)

    def construct(self, legs):
        half = legs.shape[1] // 2
        warm, rest = legs[:, :half, :], legs[:, half:, :]
        _, h0 = self.rnn(warm)
        y, _ = self.rnn(rest, h0)
        return self.out(y).squeeze(-1).sum(axis=1)


def make():
    np.random.seed(122)
    legs = Tensor(np.random.rand(2, 10, 6).astype(np.float32))
    return ShiftETAModel(), (legs,)
