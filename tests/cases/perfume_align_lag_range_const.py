# case: align a sample chromatogram to the reference by scoring a fixed window of lags from the config, best lag via argmax of stacked correlations -> loop over range(python int), static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def roll1d(x, lag):
    n = x.shape[0]
    k = lag % n
    if k == 0:
        return x
    return ops.concat((x[n - k:], x[:n - k]))


class LagSearch(nn.Cell):
    def __init__(self, max_lag=6):
        super().__init__()
        self.max_lag = max_lag

    def construct(self, ref, sample):
        scores = ()
        for lag in range(-self.max_lag, self.max_lag + 1):
            scores = scores + ((ref * roll1d(sample, lag)).sum(),)
        scores = ops.stack(scores)
        best = ops.argmax(scores) - self.max_lag
        return scores, best


def make():
    np.random.seed(82)
    t = np.linspace(0, 20, 200).astype(np.float32)
    ref = np.exp(-((t - 8.0) ** 2) / 0.2) + 0.5 * np.exp(-((t - 13.0) ** 2) / 0.2)
    sample = np.roll(ref, 3)
    return LagSearch(), (Tensor(ref.astype(np.float32)), Tensor(sample.astype(np.float32)))
