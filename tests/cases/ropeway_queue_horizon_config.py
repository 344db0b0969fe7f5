# case: forecast the valley-station queue with a GRU and keep the first half of the forecast, half taken from the tensor shape -> shape-derived slice, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueForecaster(nn.Cell):
    def __init__(self, n_features=4, hidden=16, max_horizon=12):
        super().__init__()
        self.gru = nn.GRU(n_features, hidden, batch_first=True)
        self.head = nn.Dense(hidden, max_horizon)

    def construct(self, history):
        out, _ = self.gru(history)
        last = out[:, -1, :]
        forecast = ops.relu(self.head(last))
        h = forecast.shape[1] // 2
        return forecast[:, :h], forecast[:, h:].sum(axis=1)


def make():
    np.random.seed(42)
    hist = np.random.rand(2, 24, 4).astype(np.float32)
    return QueueForecaster(), (Tensor(hist),)
