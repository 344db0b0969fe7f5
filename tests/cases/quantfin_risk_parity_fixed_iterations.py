# case: risk-parity weights with a constructor-fixed number of multiplicative update iterations over a batch of covariance matrices -> constant loop, static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RiskParity(nn.Cell):
    def __init__(self, n_iter=20, step=0.5):
        super().__init__()
        self.n_iter = n_iter
        self.step = step

    def risk_contrib(self, w, cov):
        mrc = ops.matmul(cov, w.expand_dims(-1)).squeeze(-1)
        rc = w * mrc
        return rc / rc.sum(axis=-1, keepdims=True)

    def construct(self, cov):
        b, n, _ = cov.shape
        w = ops.ones((b, n), ms.float32) / n
        for _ in range(self.n_iter):
            rc = self.risk_contrib(w, cov)
            w = w * ops.pow(1.0 / (rc * n), self.step)
            w = w / w.sum(axis=-1, keepdims=True)
        return w


def make():
    np.random.seed(18)
    a = np.random.randn(2, 4, 4) * 0.1
    cov = a @ a.transpose(0, 2, 1) + np.eye(4) * 0.01
    return RiskParity(), (Tensor(cov.astype(np.float32)),)
