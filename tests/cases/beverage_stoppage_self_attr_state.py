# case: stoppage predictor that stores the last hidden state on self inside construct for the next call -> writes a plain attribute of self in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StoppagePredictor(nn.Cell):
    def __init__(self, n_signals=5, hidden=8):
        super().__init__()
        self.cell = nn.GRUCell(n_signals, hidden)
        self.head = nn.Dense(hidden, 1)
        self.last_hidden = None

    def construct(self, signals, h0):
        h = h0
        for t in range(signals.shape[1]):
            h = self.cell(signals[:, t, :], h)
        self.last_hidden = h
        return ops.sigmoid(self.head(h)).squeeze(-1)


def make():
    np.random.seed(121)
    sig = np.random.randn(3, 6, 5).astype(np.float32)
    h0 = np.zeros((3, 8), np.float32)
    return StoppagePredictor(), (Tensor(sig), Tensor(h0))
