# case: risk-parity with a while loop on the tensor convergence error carrying only a fixed-size weight vector and an iteration cap -> tensor while loop with constant-shape state, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RiskParitySolver(nn.Cell):
    def __init__(self, tol=1e-4, max_iter=50):
        super().__init__()
        self.tol = tol
        self.max_iter = max_iter

    def construct(self, cov, w0):
        n = cov.shape[0]
        w = w0
        err = Tensor(1.0, ms.float32)
        it = Tensor(0, ms.int32)
        while err > self.tol and it < self.max_iter:
            mrc = ops.mv(cov, w)
            rc = w * mrc / (w * mrc).sum()
            w = w * ops.sqrt(1.0 / (rc * n))
            w = w / w.sum()
            err = ops.abs(rc - 1.0 / n).max()
            it = it + 1
        return w, it


def make():
    np.random.seed(19)
    a = np.random.randn(5, 5) * 0.1
    cov = a @ a.T + np.eye(5) * 0.01
    w0 = np.full(5, 0.2, np.float32)
    return RiskParitySolver(), (Tensor(cov.astype(np.float32)), Tensor(w0))
