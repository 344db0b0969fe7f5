# case: DM-Count style optimal-transport loss between normalized predicted density and normalized point mass with a constant number of Sinkhorn iterations -> constant loop, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OTLoss(nn.Cell):
    def __init__(self, map_size=6, eps=1.0, iters=20):
        super().__init__()
        self.eps = eps
        self.iters = iters
        ys, xs = np.meshgrid(np.arange(map_size), np.arange(map_size), indexing="ij")
        self.grid = Tensor(np.stack([xs.ravel(), ys.ravel()], axis=1).astype(np.float32))

    def construct(self, density, points):
        mass = density.reshape(-1)
        a = mass / (mass.sum() + 1e-8)
        n_pts = points.shape[0]
        b = ops.ones((n_pts,), ms.float32) / n_pts
        diff = self.grid[:, None, :] - points[None, :, :]
        cost = (diff * diff).sum(-1) / 10.0
        k = ops.exp(-cost / self.eps)
        u = ops.ones_like(a)
        v = ops.ones_like(b)
        for _ in range(self.iters):
            u = a / (ops.matmul(k, v) + 1e-8)
            v = b / (ops.matmul(k.T, u) + 1e-8)
        plan = u[:, None] * k * v[None, :]
        return (plan * cost).sum()


def make():
    np.random.seed(37)
    dens = np.random.rand(6, 6).astype(np.float32)
    pts = np.random.rand(4, 2).astype(np.float32) * 6
    return OTLoss(), (Tensor(dens), Tensor(pts))
