# case: optimal-transport loss between detected peak locations (from nonzero on the peak mask) and ground-truth points with a fixed number of Sinkhorn iterations -> nonzero makes the cost matrix dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SinkhornPointLoss(nn.Cell):
    def __init__(self, eps=0.5, iters=10, thresh=0.7):
        super().__init__()
        self.eps = eps
        self.iters = iters
        self.thresh = thresh

    def sinkhorn(self, cost):
        k = ops.exp(-cost / self.eps)
        n, m = cost.shape[0], cost.shape[1]
        a = ops.ones((n,), ms.float32) / n
        b = ops.ones((m,), ms.float32) / m
        u = ops.ones_like(a)
        for _ in range(self.iters):
            v = b / (ops.matmul(k.T, u) + 1e-8)
            u = a / (ops.matmul(k, v) + 1e-8)
        plan = u[:, None] * k * v[None, :]
        return (plan * cost).sum()

    def construct(self, density, gt_points):
        pred_points = ops.nonzero(density > self.thresh).astype(ms.float32)
        diff = pred_points[:, None, :] - gt_points[None, :, :]
        cost = (diff * diff).sum(-1) / 10.0
        return self.sinkhorn(cost)


def make():
    np.random.seed(15)
    dens = np.random.rand(8, 8).astype(np.float32)
    gt = np.random.rand(5, 2).astype(np.float32) * 8
    return SinkhornPointLoss(), (Tensor(dens), Tensor(gt))
