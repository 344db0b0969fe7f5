# case: mean-variance weights by projected gradient onto the capped simplex with a fixed iteration budget -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimplexProjection(nn.Cell):
    """Euclidean projection onto {w >= 0, sum w = 1} by bisection on the shift (fixed steps)."""

    def __init__(self, n_bisect=20):
        super().__init__()
        self.n_bisect = n_bisect

    def construct(self, v):
        lo = v.min() - 1.0
        hi = v.max()
        for _ in range(self.n_bisect):
            mid = (lo + hi) / 2
            s = ops.relu(v - mid).sum()
            lo = ops.select(s > 1.0, mid, lo)
            hi = ops.select(s > 1.0, hi, mid)
        return ops.relu(v - (lo + hi) / 2)


class MeanVarianceOptimizer(nn.Cell):
    def __init__(self, risk_aversion=5.0, lr=0.1, steps=15):
        super().__init__()
        self.project = SimplexProjection()
        self.risk_aversion = risk_aversion
        self.lr = lr
        self.steps = steps

    def construct(self, mu, cov):
        n = mu.shape[0]
        w = ops.ones((n,), ms.float32) / n
        for _ in range(self.steps):
            grad = mu - self.risk_aversion * ops.mv(cov, w)
            w = self.project(w + self.lr * grad)
        return w


def make():
    np.random.seed(36)
    a = 0.1 * np.random.randn(5, 5)
    cov = (a @ a.T + 0.01 * np.eye(5)).astype(np.float32)
    mu = (0.05 + 0.03 * np.random.randn(5)).astype(np.float32)
    return MeanVarianceOptimizer(), (Tensor(mu), Tensor(cov))
