# case: momentum tracker runs a hand-written recurrent update over a fixed number of rounds taken from the constructor -> constant-bound Python loop unrolled, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MomentumCell(nn.Cell):
    def __init__(self, in_dim=5, hidden=8):
        super().__init__()
        self.inp = nn.Dense(in_dim, hidden)
        self.rec = nn.Dense(hidden, hidden, has_bias=False)

    def construct(self, x, h):
        return ops.tanh(self.inp(x) + self.rec(h))


class RoundMomentumTracker(nn.Cell):
    def __init__(self, in_dim=5, hidden=8, num_rounds=6):
        super().__init__()
        self.cell = MomentumCell(in_dim, hidden)
        self.num_rounds = num_rounds
        self.hidden = hidden
        self.out = nn.Dense(hidden, 1)

    def construct(self, round_seq):
        h = ops.zeros((round_seq.shape[0], self.hidden), ms.float32)
        for r in range(self.num_rounds):
            h = self.cell(round_seq[:, r, :], h)
        return ops.sigmoid(self.out(h))


def make():
    np.random.seed(36)
    seq = Tensor(np.random.randn(4, 6, 5).astype(np.float32))
    return RoundMomentumTracker(5, 8, 6), (seq,)
