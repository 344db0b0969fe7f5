# case: VICReg loss (invariance, variance hinge on std, covariance off-diagonal) with coefficients from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def covariance_penalty(z):
    n, d = z.shape
    z = z - z.mean(axis=0)
    cov = ops.matmul(z.T, z) / (n - 1)
    off = cov * (1.0 - ops.eye(d, d, ms.float32))
    return (off ** 2).sum() / d


def variance_penalty(z, gamma=1.0, eps=1e-4):
    std = ops.sqrt(z.var(axis=0) + eps)
    return ops.relu(gamma - std).mean()


class VICReg(nn.Cell):
    def __init__(self, dim=16, sim_coeff=25.0, std_coeff=25.0, cov_coeff=1.0):
        super().__init__()
        self.expander = nn.SequentialCell([nn.Dense(dim, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Dense(32, 32)])
        self.sim_coeff = sim_coeff
        self.std_coeff = std_coeff
        self.cov_coeff = cov_coeff

    def construct(self, x, y):
        zx = self.expander(x)
        zy = self.expander(y)
        inv = ops.mse_loss(zx, zy)
        var = 0.5 * (variance_penalty(zx) + variance_penalty(zy))
        cov = covariance_penalty(zx) + covariance_penalty(zy)
        return self.sim_coeff * inv + self.std_coeff * var + self.cov_coeff * cov


def make():
    np.random.seed(40)
    x = Tensor(np.random.randn(8, 16).astype(np.float32))
    y = Tensor(np.random.randn(8, 16).astype(np.float32))
    return VICReg(), (x, y)
