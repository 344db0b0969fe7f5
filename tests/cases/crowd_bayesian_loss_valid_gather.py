# case: Bayesian loss that gathers only valid annotation points via nonzero indices before computing per-point posteriors -> gather with data-dependent index count in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BayesianLoss(nn.Cell):
    def __init__(self, sigma=2.0, map_size=8):
        super().__init__()
        self.sigma = sigma
        ys, xs = np.meshgrid(np.arange(map_size), np.arange(map_size), indexing="ij")
        grid = np.stack([xs.ravel(), ys.ravel()], axis=1).astype(np.float32)
        self.grid = Tensor(grid)

    def posterior(self, points):
        diff = points[:, None, :] - self.grid[None, :, :]
        logits = -(diff * diff).sum(-1) / (2 * self.sigma ** 2)
        return ops.softmax(logits, axis=0)

    def construct(self, density, points, valid):
        idx = ops.nonzero(valid).reshape(-1)
        pts = ops.gather(points, idx, 0)
        prob = self.posterior(pts)
        expected = ops.matmul(prob, density.reshape(-1, 1)).reshape(-1)
        return ops.abs(1.0 - expected).sum()


def make():
    np.random.seed(16)
    dens = np.random.rand(8, 8).astype(np.float32) * 0.1
    pts = np.random.rand(6, 2).astype(np.float32) * 8
    valid = np.array([1, 1, 0, 1, 0, 1], dtype=np.int32)
    return BayesianLoss(), (Tensor(dens), Tensor(pts), Tensor(valid))
