# case: scores a transaction sequence step by step with a GRU cell and stops in a while loop once the running risk passes a threshold, returning the truncated hidden states -> loop trip count and stacked length depend on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SequentialScorer(nn.Cell):
    def __init__(self, feat_dim=5, hidden=8, stop_at=0.9):
        super().__init__()
        self.cell = nn.GRUCell(feat_dim, hidden)
        self.head = nn.Dense(hidden, 1)
        self.stop_at = stop_at

    def construct(self, seq, h):
        states = []
        risk = Tensor(0.0, ms.float32)
        t = 0
        while risk < self.stop_at and t < seq.shape[0]:
            h = self.cell(seq[t:t + 1], h)
            risk = ops.sigmoid(self.head(h)).reshape(())
            states.append(h)
            t += 1
        return ops.concat(states, axis=0), risk


def make():
    np.random.seed(13)
    seq = Tensor(np.random.randn(10, 5).astype(np.float32))
    h0 = Tensor(np.zeros((1, 8), dtype=np.float32))
    return SequentialScorer(), (seq, h0)
