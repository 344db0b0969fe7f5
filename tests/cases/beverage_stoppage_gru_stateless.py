# case: stoppage predictor that returns its final hidden state to the caller instead of storing it -> fixed-length GRU loop, no attribute writes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StoppagePredictor(nn.Cell):
    def __init__(self, n_signals=5, hidden=8, window=6):
        super().__init__()
        self.cell = nn.GRUCell(n_signals, hidden)
        self.head = nn.Dense(hidden, 1)
        self.window = window

    def construct(self, signals, h0):
        h = h0
        for t in range(self.window):
            h = self.cell(signals[:, t, :], h)
        prob = ops.sigmoid(self.head(h)).squeeze(-1)
        return prob, h


def make():
    np.random.seed(122)
    sig = np.random.randn(3, 6, 5).astype(np.float32)
    h0 = np.zeros((3, 8), np.float32)
    return StoppagePredictor(), (Tensor(sig), Tensor(h0))
