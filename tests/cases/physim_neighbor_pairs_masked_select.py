# case: particle neighbour list from pairwise distances gathered with masked_select -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeighborEnergy(nn.Cell):
    """Lennard-Jones-like pair energy over particles within a cutoff radius."""

    def __init__(self, cutoff=1.5, epsilon=1.0, sigma=0.8):
        super().__init__()
        self.cutoff = cutoff
        self.epsilon = epsilon
        self.sigma = sigma

    def pair_distances(self, pos):
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        return ops.sqrt((diff * diff).sum(-1) + 1e-9)

    def neighbor_list(self, dist):
        n = dist.shape[0]
        off_diag = ops.logical_not(ops.eye(n, n, ms.bool_))
        in_range = ops.logical_and(dist < self.cutoff, off_diag)
        return ops.masked_select(dist, in_range)

    def construct(self, pos):
        dist = self.pair_distances(pos)
        r = self.neighbor_list(dist)
        sr6 = ops.pow(self.sigma / r, 6)
        energy = 4.0 * self.epsilon * (sr6 * sr6 - sr6)
        return 0.5 * energy.sum()


def make():
    np.random.seed(0)
    pos = Tensor(np.random.rand(16, 3).astype(np.float32) * 3.0)
    return NeighborEnergy(), (pos,)
