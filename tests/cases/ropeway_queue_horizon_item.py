# case: forecast the valley-station queue with a GRU and cut the forecast at a horizon read from the tensor with .item() -> slice length from tensor value, Graph mode dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QueueForecaster(nn.Cell):
    def __init__(self, n_features=4, hidden=16, max_horizon=12):
        super().__init__()
        self.gru = nn.GRU(n_features, hidden, batch_first=True)
        self.head = nn.Dense(hidden, max_horizon)

    def construct(self, history, horizon):
        out, _ = self.gru(history)
        last = out[:, -1, :]
        forecast = ops.relu(self.head(last))
        h = horizon.item()
        return forecast[:, :h]


def make():
    np.random.seed(42)
    hist = np.random.rand(2, 24, 4).astype(np.float32)
    return QueueForecaster(), (Tensor(hist), Tensor(6, ms.int32))
