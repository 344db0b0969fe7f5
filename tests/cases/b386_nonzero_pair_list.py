# case: periodic neighbour list builder computes all image-shifted pair distances and extracts (i, j) pairs under the cutoff with ops.nonzero -> data-dependent edge count (dynamic shape or rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IMAGE_SHIFTS = np.array([[i, j, k] for i in (-1, 0, 1) for j in (-1, 0, 1) for k in (-1, 0, 1)],
                        dtype=np.float32)


class NeighborListConfig:
    def __init__(self, cutoff=4.0, self_interaction=False):
        self.cutoff = cutoff
        self.self_interaction = self_interaction


class PeriodicNeighborList(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cutoff = config.cutoff
        self.self_interaction = config.self_interaction
        self.shifts = Tensor(IMAGE_SHIFTS)

    def _pair_distances(self, frac, lattice):
        cart = ops.matmul(frac, lattice)
        shift_cart = ops.matmul(self.shifts, lattice)
        diff = cart[None, :, None, :] - cart[:, None, None, :] + shift_cart[None, None, :, :]
        return ops.sqrt((diff * diff).sum(-1) + 1e-12)

    def _select(self, d):
        mask = ops.logical_and(d < self.cutoff, d > 1e-3)
        idx = ops.nonzero(mask)
        return idx[:, 0], idx[:, 1], idx[:, 2]

    def construct(self, frac, lattice):
        d = self._pair_distances(frac, lattice)
        i, j, img = self._select(d)
        return i, j, img


def make():
    np.random.seed(2)
    frac = np.random.rand(8, 3).astype(np.float32)
    lattice = (np.eye(3) * 4.2 + 0.1 * np.random.randn(3, 3)).astype(np.float32)
    return PeriodicNeighborList(NeighborListConfig()), (Tensor(frac), Tensor(lattice))
