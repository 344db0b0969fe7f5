# case: minimum-variance weights with try/except fallback when the covariance inverse fails -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MinVariance(nn.Cell):
    """Closed-form global minimum-variance portfolio with ridge shrinkage."""

    def __init__(self, ridge=1e-4):
        super().__init__()
        self.ridge = ridge

    def shrink(self, cov):
        n = cov.shape[0]
        return cov + self.ridge * ops.eye(n, n, ms.float32)

    def construct(self, returns):
        centered = returns - returns.mean(axis=0, keep_dims=True)
        cov = ops.matmul(centered.T, centered) / (returns.shape[0] - 1)
        try:
            inv = ops.inverse(self.shrink(cov))
        except RuntimeError:
            inv = ops.eye(cov.shape[0], cov.shape[0], ms.float32)
        ones = ops.ones((cov.shape[0], 1), ms.float32)
        raw = ops.matmul(inv, ones).reshape(-1)
        return raw / raw.sum()


def make():
    np.random.seed(12)
    r = (0.01 * np.random.randn(60, 5)).astype(np.float32)
    return MinVariance(), (Tensor(r),)
