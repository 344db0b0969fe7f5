# case: PGN feature extraction reshapes per-move clock times into (moves, 2 sides) using x.shape and computes time-pressure features -> shape from x.shape, static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def time_pressure(clock, base_seconds):
    return ops.exp(-clock / (0.1 * base_seconds))


class ClockFeatures(nn.Cell):
    def __init__(self, base_seconds=300.0, increment=3.0):
        super().__init__()
        self.base_seconds = base_seconds
        self.increment = increment
        self.head = nn.Dense(4, 8)

    def construct(self, clocks):
        n_games, n_half = clocks.shape
        per_side = clocks.reshape(n_games, n_half // 2, 2)
        spent = per_side[:, :-1, :] - per_side[:, 1:, :] + self.increment
        pressure = time_pressure(per_side, self.base_seconds).mean(axis=1)
        feats = ops.concat([spent.mean(axis=1), pressure], axis=-1)
        return self.head(feats)


def make():
    np.random.seed(39)
    clocks = np.sort(np.random.uniform(5, 300, (3, 60)).astype(np.float32), axis=1)[:, ::-1].copy()
    return ClockFeatures(), (Tensor(clocks),)
