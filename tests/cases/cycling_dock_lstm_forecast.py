# case: forecast next-hour dock occupancy for each station from 24 hourly readings with an LSTM and a dense head -> standard recurrent model, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DockForecaster(nn.Cell):
    def __init__(self, n_feat=4, hidden=16, horizon=3, capacity=25.0):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, num_layers=1, batch_first=True)
        self.head = nn.Dense(hidden, horizon)
        self.capacity = capacity

    def construct(self, history):
        out, _ = self.lstm(history)
        last = out[:, -1, :]
        fill = ops.sigmoid(self.head(last))
        return fill * self.capacity


def make():
    np.random.seed(191)
    hours = np.arange(24)
    occ = 0.5 + 0.3 * np.sin(hours / 24 * 2 * np.pi)
    x = np.stack([np.tile(occ, (12, 1)),
                  np.tile(np.sin(hours / 24 * 2 * np.pi), (12, 1)),
                  np.tile(np.cos(hours / 24 * 2 * np.pi), (12, 1)),
                  np.random.rand(12, 24)], axis=-1).astype(np.float32)
    return DockForecaster(), (Tensor(x),)
