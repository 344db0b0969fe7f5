# case: Barlow Twins redundancy-reduction loss with batch-norm'd cross-correlation and off-diagonal mask built from the feature dim -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BarlowTwinsLoss(nn.Cell):
    def __init__(self, dim=16, lambd=5e-3, scale=1.0):
        super().__init__()
        self.bn = nn.BatchNorm1d(dim, affine=False)
        self.lambd = lambd
        self.scale = scale
        self.projector = nn.SequentialCell([nn.Dense(dim, dim), nn.ReLU(), nn.Dense(dim, dim)])

    @staticmethod
    def off_diagonal_mask(d):
        return 1.0 - ops.eye(d, d, ms.float32)

    def construct(self, y1, y2):
        z1 = self.bn(self.projector(y1))
        z2 = self.bn(self.projector(y2))
        batch, d = z1.shape
        c = ops.matmul(z1.T, z2) / batch
        diag = ops.diagonal(c)
        on_diag = ((diag - 1) ** 2).sum()
        off_diag = ((c * self.off_diagonal_mask(d)) ** 2).sum()
        return self.scale * (on_diag + self.lambd * off_diag)


def make():
    np.random.seed(39)
    y1 = Tensor(np.random.randn(8, 16).astype(np.float32))
    y2 = Tensor(np.random.randn(8, 16).astype(np.float32))
    return BarlowTwinsLoss(), (y1, y2)
