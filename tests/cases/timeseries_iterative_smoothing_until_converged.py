# case: iterative exponential smoothing runs a while loop on a tensor convergence condition but keeps the series shape fixed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativeTrendSmoother(nn.Cell):
    def __init__(self, alpha=0.5, tol=1e-3, max_iter=20):
        super().__init__()
        self.alpha = alpha
        self.tol = tol
        self.max_iter = max_iter

    def _smooth_once(self, trend):
        left = ops.concat((trend[:, :1], trend[:, :-1]), axis=1)
        right = ops.concat((trend[:, 1:], trend[:, -1:]), axis=1)
        return (1 - self.alpha) * trend + self.alpha * 0.5 * (left + right)

    def construct(self, x):
        trend = x
        delta = Tensor(1.0, ms.float32)
        it = Tensor(0, ms.int32)
        while delta > self.tol and it < self.max_iter:
            new_trend = self._smooth_once(trend)
            delta = ops.abs(new_trend - trend).max()
            trend = new_trend
            it = it + 1
        return trend, x - trend


def make():
    np.random.seed(34)
    t = np.arange(30, dtype=np.float32)
    x = (np.sin(t / 5.0) + 0.3 * np.random.randn(2, 30)).astype(np.float32)
    return IterativeTrendSmoother(), (Tensor(x),)
