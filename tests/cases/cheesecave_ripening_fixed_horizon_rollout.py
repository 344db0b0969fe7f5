# case: forecast the next eight weeks of ripening indicators with a fixed Python-int horizon, appending each week to a list and stacking -> constant loop count, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RipeningForecaster(nn.Cell):
    def __init__(self, n_feat=4, hidden=12, horizon=8):
        super().__init__()
        self.encode = nn.Dense(n_feat, hidden)
        self.transition = nn.Dense(hidden, hidden)
        self.decode = nn.Dense(hidden, n_feat)
        self.horizon = horizon

    def construct(self, state, cave_temp):
        h = ops.tanh(self.encode(state))
        weeks = []
        for week in range(self.horizon):
            rate = 1.0 + 0.05 * (cave_temp - 12.0)
            h = ops.tanh(self.transition(h) * rate)
            weeks.append(self.decode(h))
        return ops.stack(weeks, axis=1)


def make():
    np.random.seed(3208)
    state = np.random.rand(5, 4).astype(np.float32)
    temp = np.full((5, 1), 12.5, np.float32)
    return RipeningForecaster(), (Tensor(state), Tensor(temp))
