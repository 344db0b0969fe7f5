# case: minimum-variance weights that try to invert the covariance and fall back to inverse-variance weights in an except clause -> try/except inside construct, unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MinVariance(nn.Cell):
    def __init__(self, ridge=1e-4):
        super().__init__()
        self.ridge = ridge

    def inverse_variance(self, cov):
        iv = 1.0 / ops.diagonal(cov)
        return iv / iv.sum()

    def construct(self, cov):
        n = cov.shape[0]
        try:
            inv = ops.inverse(cov + self.ridge * ops.eye(n, n, ms.float32))
            w = inv.sum(axis=1)
            w = w / w.sum()
        except RuntimeError:
            w = self.inverse_variance(cov)
        return w


def make():
    np.random.seed(24)
    a = np.random.randn(6, 6) * 0.1
    cov = a @ a.T + np.eye(6) * 0.02
    return MinVariance(), (Tensor(cov.astype(np.float32)),)
