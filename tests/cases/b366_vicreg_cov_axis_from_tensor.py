# case: VICReg variance/covariance regularizer whose feature axis for the std reduction is read from a Tensor argument with int(), letting callers pass channel-first features -> Graph mode rejects or falls back on int() of a Tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VICRegConfig:
    sim_coeff = 25.0
    std_coeff = 25.0
    cov_coeff = 1.0
    eps = 1e-4


def off_diagonal(m):
    n = m.shape[0]
    return m - m * ops.eye(n, n, m.dtype)


class VICRegLoss(nn.Cell):
    def __init__(self, config=VICRegConfig()):
        super().__init__()
        self.cfg = config

    def _std_loss(self, z, batch_axis):
        std = ops.sqrt(z.var(axis=batch_axis) + self.cfg.eps)
        return ops.relu(1 - std).mean()

    def construct(self, z1, z2, batch_axis):
        axis = int(batch_axis)
        if axis != 0:
            z1, z2 = z1.T, z2.T
        n, d = z1.shape
        repr_loss = ((z1 - z2) ** 2).mean()
        z1 = z1 - z1.mean(axis=0)
        z2 = z2 - z2.mean(axis=0)
        std_loss = self._std_loss(z1, 0) / 2 + self._std_loss(z2, 0) / 2
        cov1 = ops.matmul(z1.T, z1) / (n - 1)
        cov2 = ops.matmul(z2.T, z2) / (n - 1)
        cov_loss = ((off_diagonal(cov1) ** 2).sum() + (off_diagonal(cov2) ** 2).sum()) / d
        return self.cfg.sim_coeff * repr_loss + self.cfg.std_coeff * std_loss + self.cfg.cov_coeff * cov_loss


def make():
    np.random.seed(3691)
    z1 = Tensor(np.random.randn(6, 4).astype(np.float32))
    z2 = Tensor(np.random.randn(6, 4).astype(np.float32))
    return VICRegLoss(), (z1, z2, Tensor(0, ms.int32))
