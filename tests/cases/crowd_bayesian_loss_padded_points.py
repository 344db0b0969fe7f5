# case: Bayesian loss over a fixed-size padded point array where invalid points are zeroed by a validity mask multiplied into the per-point error -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedBayesianLoss(nn.Cell):
    def __init__(self, sigma=2.0, map_size=8, use_background=False):
        super().__init__()
        self.sigma = sigma
        self.use_background = use_background
        ys, xs = np.meshgrid(np.arange(map_size), np.arange(map_size), indexing="ij")
        self.grid = Tensor(np.stack([xs.ravel(), ys.ravel()], axis=1).astype(np.float32))

    def construct(self, density, points, valid):
        diff = points[:, None, :] - self.grid[None, :, :]
        logits = -(diff * diff).sum(-1) / (2 * self.sigma ** 2)
        logits = logits + (valid[:, None] - 1.0) * 1e4
        prob = ops.softmax(logits, axis=0)
        expected = ops.matmul(prob, density.reshape(-1, 1)).reshape(-1)
        per_point = ops.abs(1.0 - expected) * valid
        return per_point.sum() / ops.maximum(valid.sum(), 1.0)


def make():
    np.random.seed(36)
    dens = np.random.rand(8, 8).astype(np.float32) * 0.1
    pts = np.random.rand(6, 2).astype(np.float32) * 8
    valid = np.array([1, 1, 0, 1, 0, 1], dtype=np.float32)
    return PaddedBayesianLoss(), (Tensor(dens), Tensor(pts), Tensor(valid))
