# case: DTW trajectory similarity with Python loops over static .shape lengths (unrolled) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_dist(a, b):
    diff = ops.expand_dims(a, 1) - ops.expand_dims(b, 0)
    return ops.sqrt((diff * diff).sum(-1) + 1e-12)


class DTWSimilarity(nn.Cell):
    """Dynamic time warping distance between two short trajectories (N, 2) and (M, 2)."""

    def __init__(self, band=None, gamma_scale=1.0):
        super().__init__()
        self.band = band
        self.scale = gamma_scale

    def construct(self, traj_a, traj_b):
        cost = pairwise_dist(traj_a, traj_b)
        n, m = cost.shape
        big = Tensor(1e9, ms.float32)
        prev = [big] * (m + 1)
        prev[0] = Tensor(0.0, ms.float32)
        for i in range(1, n + 1):
            cur = [big] * (m + 1)
            for j in range(1, m + 1):
                best = ops.minimum(ops.minimum(prev[j], cur[j - 1]), prev[j - 1])
                cur[j] = cost[i - 1, j - 1] + best
            prev = cur
        return ops.exp(-prev[m] / (self.scale * (n + m)))


def make():
    np.random.seed(33)
    a = np.cumsum(np.random.rand(4, 2), axis=0).astype(np.float32)
    b = np.cumsum(np.random.rand(5, 2), axis=0).astype(np.float32)
    return DTWSimilarity(), (Tensor(a), Tensor(b))
