# case: per-substation forecast heads kept in a CellList and applied in a constant loop over substations, stacked into one output -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubstationHead(nn.Cell):
    def __init__(self, lags, horizon, hidden=16):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(lags, hidden), nn.ReLU(), nn.Dense(hidden, horizon)])

    def construct(self, x):
        return self.net(x)


class MultiSubstationForecaster(nn.Cell):
    def __init__(self, n_substations=3, lags=24, horizon=4):
        super().__init__()
        self.heads = nn.CellList([SubstationHead(lags, horizon) for _ in range(n_substations)])

    def construct(self, lag_loads):
        outs = []
        for i, head in enumerate(self.heads):
            outs.append(head(lag_loads[:, i, :]))
        return ops.stack(outs, axis=1)


def make():
    np.random.seed(37)
    lags = Tensor(np.random.uniform(0.5, 1.5, size=(2, 3, 24)).astype(np.float32))
    return MultiSubstationForecaster(), (lags,)
