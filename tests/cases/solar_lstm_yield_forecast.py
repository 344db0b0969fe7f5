# case: LSTM forecasts next-day PV yield from a week of hourly irradiance and temperature features, horizon from constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YieldLSTM(nn.Cell):
    def __init__(self, n_features=3, hidden=16, horizon=24, capacity_kw=100.0):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden, num_layers=1, batch_first=True)
        self.head = nn.Dense(hidden, horizon)
        self.capacity_kw = capacity_kw
        self.feat_scale = Tensor(np.array([1 / 1000.0, 1 / 40.0, 1 / 10.0], np.float32))

    def construct(self, x):
        x = x * self.feat_scale
        out, _ = self.lstm(x)
        last = out[:, -1, :]
        return ops.sigmoid(self.head(last)) * self.capacity_kw


def make():
    np.random.seed(32)
    b, t = 2, 48
    ghi = np.random.uniform(0, 900, size=(b, t, 1))
    temp = np.random.uniform(10, 35, size=(b, t, 1))
    wind = np.random.uniform(0, 8, size=(b, t, 1))
    x = np.concatenate([ghi, temp, wind], axis=-1).astype(np.float32)
    return YieldLSTM(), (Tensor(x),)
