# case: padded dense-neighbour variant keeps all N x N x 27 image pairs and zeroes out-of-cutoff ones with three-argument ops.where before the Gaussian basis -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IMAGE_SHIFTS = np.array([[i, j, k] for i in (-1, 0, 1) for j in (-1, 0, 1) for k in (-1, 0, 1)],
                        dtype=np.float32)


class DenseConfig:
    def __init__(self, cutoff=4.0, num_gaussians=12):
        self.cutoff = cutoff
        self.num_gaussians = num_gaussians


class DensePeriodicEdges(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cutoff = config.cutoff
        self.shifts = Tensor(IMAGE_SHIFTS)
        self.centers = Tensor(np.linspace(0.0, config.cutoff, config.num_gaussians).astype(np.float32))
        self.gamma = 10.0 / config.cutoff

    def _pair_distances(self, frac, lattice):
        cart = ops.matmul(frac, lattice)
        shift_cart = ops.matmul(self.shifts, lattice)
        diff = cart[None, :, None, :] - cart[:, None, None, :] + shift_cart[None, None, :, :]
        return ops.sqrt((diff * diff).sum(-1) + 1e-12)

    def construct(self, frac, lattice):
        d = self._pair_distances(frac, lattice)
        valid = ops.logical_and(d < self.cutoff, d > 1e-3)
        d_safe = ops.where(valid, d, ops.full_like(d, self.cutoff))
        basis = ops.exp(-self.gamma * (d_safe[..., None] - self.centers) ** 2)
        basis = basis * valid[..., None].astype(basis.dtype)
        n_nbr = valid.astype(ms.float32).sum(axis=(1, 2))
        return basis, n_nbr


def make():
    np.random.seed(3)
    frac = np.random.rand(8, 3).astype(np.float32)
    lattice = (np.eye(3) * 4.2 + 0.1 * np.random.randn(3, 3)).astype(np.float32)
    return DensePeriodicEdges(DenseConfig()), (Tensor(frac), Tensor(lattice))
