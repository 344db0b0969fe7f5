# case: ticket demand model builds lag features by appending shifted copies to a list in a loop over a constant number of lags, then stacks -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LagDemandModel(nn.Cell):
    def __init__(self, n_lags=4, history=28):
        super().__init__()
        self.n_lags = n_lags
        self.window = history - 7 * n_lags
        self.fc = nn.Dense(n_lags, 1)

    def lag(self, series, weeks):
        start = series.shape[1] - self.window - 7 * weeks
        return series[:, start:start + self.window]

    def construct(self, daily_tickets):
        lags = []
        for w in range(1, self.n_lags + 1):
            lags.append(self.lag(daily_tickets, w))
        x = ops.stack(lags, axis=-1)
        return self.fc(x).squeeze(-1)


def make():
    np.random.seed(21)
    series = np.random.poisson(300, (3, 28)).astype(np.float32) / 100.0
    return LagDemandModel(n_lags=3), (Tensor(series),)
