# case: reads the forecast horizon from a tensor with int() and uses it to slice and tile the last day's profile -> error (int of tensor as length)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NaiveSeasonalForecaster(nn.Cell):
    def __init__(self, season=24):
        super().__init__()
        self.season = season

    def construct(self, history, horizon):
        h = int(horizon)
        last_day = history[:, -self.season:]
        reps = h // self.season + 1
        tiled = ops.tile(last_day, (1, reps))
        return tiled[:, :h]


def make():
    np.random.seed(9)
    history = Tensor(np.random.uniform(30, 90, size=(3, 72)).astype(np.float32))
    horizon = Tensor(np.array(36, dtype=np.int32))
    return NaiveSeasonalForecaster(), (history, horizon)
