# case: side-switch model splits per-round stats into first and second half using the static round count from x.shape -> slice bounds from shape, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HalfTimeModel(nn.Cell):
    def __init__(self, round_dim=6, hidden=8):
        super().__init__()
        self.attack_enc = nn.Dense(round_dim, hidden)
        self.defense_enc = nn.Dense(round_dim, hidden)
        self.out = nn.Dense(2 * hidden, 1)

    def construct(self, rounds):
        half = rounds.shape[1] // 2
        first = rounds[:, :half]
        second = rounds[:, half:]
        a = ops.relu(self.attack_enc(first)).mean(axis=1)
        d = ops.relu(self.defense_enc(second)).mean(axis=1)
        return ops.sigmoid(self.out(ops.concat((a, d), axis=-1)))


def make():
    np.random.seed(32)
    rounds = Tensor(np.random.randn(3, 24, 6).astype(np.float32))
    return HalfTimeModel(6, 8), (rounds,)
