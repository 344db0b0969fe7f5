# case: forecast next-hour CO2 for each growing room with a GRU over the last 24 h and stacked dense heads looped over a Python range -> ordinary network, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualHead(nn.Cell):
    def __init__(self, width):
        super().__init__()
        self.fc = nn.Dense(width, width)
        self.act = nn.Tanh()

    def construct(self, x):
        return x + self.act(self.fc(x))


class CO2Forecaster(nn.Cell):
    def __init__(self, n_sensors=3, hidden=16, n_heads=2):
        super().__init__()
        self.gru = nn.GRU(n_sensors, hidden, batch_first=True)
        self.heads = nn.CellList([ResidualHead(hidden) for _ in range(n_heads)])
        self.out = nn.Dense(hidden, 1)

    def construct(self, series):
        seq, _ = self.gru(series)
        h = seq[:, -1, :]
        for head in self.heads:
            h = head(h)
        return self.out(h).squeeze(-1)


def make():
    np.random.seed(339)
    series = Tensor(np.random.rand(5, 24, 3).astype(np.float32))
    return CO2Forecaster(), (series,)
