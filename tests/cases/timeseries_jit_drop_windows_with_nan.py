# case: jit-compiled preprocessing cuts a series into sliding windows and drops windows containing NaN with a boolean row mask -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

WINDOW = 8
STRIDE = 4


def sliding_windows(series, window=WINDOW, stride=STRIDE):
    n = (series.shape[0] - window) // stride + 1
    rows = [series[i * stride:i * stride + window] for i in range(n)]
    return ops.stack(rows)


@ms.jit
def clean_windows(series):
    windows = sliding_windows(series)
    has_nan = ops.isnan(windows).any(axis=-1)
    keep = ops.logical_not(has_nan)
    clean = windows[keep]
    mu = clean.mean(axis=-1, keep_dims=True)
    return clean - mu


def make():
    np.random.seed(18)
    series = np.random.randn(40).astype(np.float32)
    series[[5, 22]] = np.nan
    return clean_windows, (Tensor(series),)
