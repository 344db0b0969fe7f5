# case: anomaly scoring keeps all windows, zeroes normal ones with ops.where and counts alarms with a sum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForecastResidualScorer(nn.Cell):
    def __init__(self, window=8, k_sigma=2.0, smooth=3):
        super().__init__()
        self.predict = nn.Dense(window, 1)
        self.k_sigma = k_sigma
        self.smooth = nn.AvgPool1d(kernel_size=smooth, stride=1, pad_mode="same")

    def robust_threshold(self, err):
        med = ops.median(err, axis=-1, keepdims=True)[0]
        mad = ops.median(ops.abs(err - med), axis=-1, keepdims=True)[0]
        return med + self.k_sigma * 1.4826 * mad

    def construct(self, windows, targets):
        # windows: (N, W), targets: (N,)
        pred = self.predict(windows).squeeze(-1)
        err = ops.abs(pred - targets).reshape(1, 1, -1)
        err = self.smooth(err).reshape(1, -1)
        thr = self.robust_threshold(err)
        alarms = ops.where(err > thr, err, ops.zeros_like(err))
        n_alarms = (err > thr).astype(ms.int32).sum()
        return alarms.squeeze(0), n_alarms


def make():
    np.random.seed(36)
    w = Tensor(np.random.randn(12, 8).astype(np.float32))
    y = np.random.randn(12).astype(np.float32)
    y[5] += 6.0
    return ForecastResidualScorer(), (w, Tensor(y))
