# case: align a sample chromatogram to the reference by repeated shift-and-compare, number of shift steps read from a tensor max-lag -> for over range(int(tensor)), Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def roll1d(x, lag):
    n = x.shape[0]
    k = lag % n
    if k == 0:
        return x
    return ops.concat((x[n - k:], x[:n - k]))


def shifted_corr(ref, sample, lag):
    return (ref * roll1d(sample, lag)).sum()


class LagSearch(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, ref, sample, max_lag):
        best = shifted_corr(ref, sample, 0)
        best_lag = 0
        for lag in range(1, int(max_lag) + 1):
            c = shifted_corr(ref, sample, lag)
            if c > best:
                best = c
                best_lag = lag
        return best, best_lag


def make():
    np.random.seed(81)
    t = np.linspace(0, 20, 200).astype(np.float32)
    ref = np.exp(-((t - 8.0) ** 2) / 0.2) + 0.5 * np.exp(-((t - 13.0) ** 2) / 0.2)
    sample = np.roll(ref, -4)
    return LagSearch(), (Tensor(ref.astype(np.float32)), Tensor(sample.astype(np.float32)), Tensor(6, ms.int32))
