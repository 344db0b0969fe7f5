# case: jit-compiled function computes an exponential moving average with a Python-float alpha and scores deviations from it -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

ALPHA = 0.3


def ema(series, alpha=ALPHA):
    # series: (B, T)
    level = series[:, 0]
    levels = [level]
    for t in range(1, series.shape[1]):
        level = alpha * series[:, t] + (1.0 - alpha) * level
        levels.append(level)
    return ops.stack(levels, axis=1)


@ms.jit
def ema_anomaly_score(series):
    baseline = ema(series)
    resid = series - baseline
    scale = ops.sqrt(ops.square(resid).mean(axis=1, keep_dims=True)) + 1e-6
    return ops.abs(resid) / scale


def make():
    np.random.seed(39)
    series = np.cumsum(np.random.randn(2, 16), axis=1).astype(np.float32)
    series[0, 9] += 5.0
    return ema_anomaly_score, (Tensor(series),)
