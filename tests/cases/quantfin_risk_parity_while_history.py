# case: risk-parity weights by iterating until the risk-contribution error falls below tol, appending each iterate to a history list that is stacked and returned -> while on tensor with a list grown per iteration, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RiskParity(nn.Cell):
    def __init__(self, tol=1e-4, step=0.5):
        super().__init__()
        self.tol = tol
        self.step = step

    def risk_contrib(self, w, cov):
        mrc = ops.matmul(cov, w)
        rc = w * mrc
        return rc / rc.sum()

    def construct(self, cov):
        n = cov.shape[0]
        w = ops.ones(n, ms.float32) / n
        history = [w]
        err = Tensor(1.0, ms.float32)
        while err > self.tol:
            rc = self.risk_contrib(w, cov)
            w = w * ops.pow(1.0 / (rc * n), self.step)
            w = w / w.sum()
            err = ops.abs(rc - 1.0 / n).max()
            history.append(w)
        return ops.stack(history)


def make():
    np.random.seed(17)
    a = np.random.randn(5, 5) * 0.1
    cov = a @ a.T + np.eye(5) * 0.01
    return RiskParity(), (Tensor(cov.astype(np.float32)),)
