# case: autoregressive forecaster rolls out for a horizon passed as a tensor, appending predictions in a while loop -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LagMLP(nn.Cell):
    def __init__(self, n_lags=6, hidden=16):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(n_lags, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, window):
        return self.net(window)


class Rollout(nn.Cell):
    def __init__(self, n_lags=6):
        super().__init__()
        self.n_lags = n_lags
        self.model = LagMLP(n_lags)

    def construct(self, history, horizon):
        window = history[:, -self.n_lags:]
        preds = ops.zeros((history.shape[0], 0), ms.float32)
        i = 0
        while i < horizon:
            y = self.model(window)
            window = ops.concat([window[:, 1:], y], axis=1)
            preds = ops.concat([preds, y], axis=1)
            i += 1
        return preds


def make():
    np.random.seed(22)
    hist = Tensor(np.random.randn(2, 12).astype(np.float32))
    return Rollout(), (hist, Tensor(3, ms.int32))
