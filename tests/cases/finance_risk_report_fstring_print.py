# case: risk model prints an f-string report of tensor VaR and formats it with round() -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ParametricVaR(nn.Cell):
    """Gaussian VaR of a portfolio from a covariance matrix, with a debug report."""

    def __init__(self, z_score=1.645, verbose=True):
        super().__init__()
        self.z_score = z_score
        self.verbose = verbose

    def portfolio_sigma(self, weights, cov):
        w = weights.expand_dims(1)
        var = ops.matmul(ops.matmul(w.T, cov), w)
        return ops.sqrt(var.reshape(()))

    def construct(self, weights, cov):
        sigma = self.portfolio_sigma(weights, cov)
        var = self.z_score * sigma
        if self.verbose:
            print(f"portfolio sigma={round(float(sigma), 5)} VaR95={var}")
        return var


def make():
    np.random.seed(9)
    a = 0.01 * np.random.randn(4, 4)
    cov = (a @ a.T + 1e-4 * np.eye(4)).astype(np.float32)
    w = np.array([0.4, 0.3, 0.2, 0.1], np.float32)
    return ParametricVaR(), (Tensor(w), Tensor(cov))
