# case: forecasting lag features gathered with a constant lag list and a rolling mean from fixed window slices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LagFeatureModel(nn.Cell):
    def __init__(self, lags=(1, 2, 7), roll=4, hidden=8):
        super().__init__()
        self.lags = lags
        self.roll = roll
        self.mlp = nn.SequentialCell([nn.Dense(len(lags) + 2, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def lag_matrix(self, series):
        t = series.shape[1]
        idx = Tensor([t - l for l in self.lags], ms.int32)
        return ops.gather(series, idx, 1)

    def construct(self, series):
        scale = ops.abs(series).mean(axis=1, keep_dims=True) + 1e-3
        s = series / scale
        lag = self.lag_matrix(s)
        roll_mean = s[:, -self.roll:].mean(axis=1, keep_dims=True)
        roll_std = s[:, -self.roll:].std(axis=1, keepdims=True)
        y = self.mlp(ops.concat([lag, roll_mean, roll_std], axis=1))
        return y * scale


def make():
    np.random.seed(40)
    series = Tensor(np.random.rand(3, 14).astype(np.float32) * 10)
    return LagFeatureModel(), (series,)
