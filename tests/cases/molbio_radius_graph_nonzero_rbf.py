# case: neighbour list by cutoff radius built with ops.nonzero, then RBF expansion of the kept pair distances -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadiusGraphRBF(nn.Cell):
    """Edge featurizer: all atom pairs closer than `cutoff`, expanded on Gaussians."""

    def __init__(self, cutoff=2.5, num_rbf=8, gamma=10.0):
        super().__init__()
        self.cutoff = cutoff
        self.gamma = gamma
        self.centers = Tensor(np.linspace(0.0, cutoff, num_rbf).astype(np.float32))

    def pairwise_distance(self, pos):
        diff = pos[:, None, :] - pos[None, :, :]
        return ops.sqrt((diff * diff).sum(-1) + 1e-9)

    def neighbour_list(self, dist):
        within = ops.logical_and(dist < self.cutoff, dist > 1e-3)
        pairs = ops.nonzero(within)
        return pairs[:, 0], pairs[:, 1]

    def construct(self, pos):
        dist = self.pairwise_distance(pos)
        src, dst = self.neighbour_list(dist)
        d_ij = dist[src, dst]
        rbf = ops.exp(-self.gamma * (d_ij[:, None] - self.centers[None, :]) ** 2)
        return rbf.sum(0)


def make():
    np.random.seed(0)
    pos = Tensor(np.random.rand(6, 3).astype(np.float32) * 3.0)
    return RadiusGraphRBF(), (pos,)
