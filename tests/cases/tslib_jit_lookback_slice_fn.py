# case: ms.jit function that crops the look-back window to a lookback length passed in as a scalar tensor before computing window statistics -> slice bound from a tensor argument
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

STAT_NAMES = ("mean", "std", "last")


def window_stats(window):
    mean = window.mean(axis=1)
    std = ops.sqrt(((window - mean.expand_dims(1)) ** 2).mean(axis=1) + 1e-6)
    last = window[:, -1, :]
    return ops.stack([mean, std, last], axis=-1)


@ms.jit
def lookback_features(series, lookback):
    window = series[:, -lookback:, :]
    return window_stats(window)


def make():
    np.random.seed(3434)
    series = Tensor(np.random.randn(3, 64, 4).astype(np.float32))
    lookback = Tensor(24, ms.int32)
    return lookback_features, (series, lookback)
