# case: seasonal naive forecast where the horizon is a plain Python int passed to construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NaiveSeasonalForecaster(nn.Cell):
    def __init__(self, season=24, damping=0.98):
        super().__init__()
        self.season = season
        self.damping = damping

    def construct(self, history, horizon):
        last_day = history[:, -self.season:]
        reps = horizon // self.season + 1
        tiled = ops.tile(last_day, (1, reps))
        fc = tiled[:, :horizon]
        decay = ops.pow(self.damping, ops.arange(horizon).astype(ms.float32) / self.season)
        return fc * decay + history.mean(axis=1, keep_dims=True) * (1 - decay)


def make():
    np.random.seed(10)
    history = Tensor(np.random.uniform(30, 90, size=(3, 72)).astype(np.float32))
    return NaiveSeasonalForecaster(), (history, 36)
