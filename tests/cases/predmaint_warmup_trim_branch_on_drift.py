# case: drops the warm-up transient only when the measured drift is large, so the branches return different lengths -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarmupAwareTrend(nn.Cell):
    """Linear trend slope of a temperature series, skipping warm-up if it drifts."""

    def __init__(self, warmup=6, drift_tol=0.5):
        super().__init__()
        self.warmup = warmup
        self.drift_tol = drift_tol

    def _slope(self, y):
        n = y.shape[0]
        t = ops.arange(0, n, dtype=ms.float32)
        tc = t - t.mean()
        return (tc * (y - y.mean())).sum() / (tc * tc).sum()

    def construct(self, temp):
        drift = ops.abs(temp[: self.warmup].mean() - temp[self.warmup:].mean())
        series = temp
        if drift > self.drift_tol:
            series = temp[self.warmup:]
        return self._slope(series), series


def make():
    np.random.seed(22)
    y = np.concatenate([np.linspace(20, 40, 6), 40 + 0.1 * np.arange(18)]).astype(np.float32)
    return WarmupAwareTrend(), (Tensor(y),)
