# case: radius graph precomputes the periodic image grid with NumPy in __init__ (fixed reps from config) and only uses ops on tensors in construct -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeighborConfig:
    def __init__(self, cutoff=6.0, max_neighbors=12, image_reps=(1, 1, 1)):
        self.cutoff = cutoff
        self.max_neighbors = max_neighbors
        self.image_reps = image_reps


def _image_grid(reps):
    rng = [np.arange(-r, r + 1) for r in reps]
    grid = np.stack(np.meshgrid(*rng, indexing="ij"), -1).reshape(-1, 3)
    return grid.astype(np.float32)


class RadiusGraph(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cutoff = config.cutoff
        self.max_neighbors = config.max_neighbors
        self.images = Tensor(_image_grid(config.image_reps))
        self.n_images = int(np.prod([2 * r + 1 for r in config.image_reps]))

    def construct(self, cart, lattice):
        shifts = ops.matmul(self.images, lattice)
        diff = cart[None, :, None, :] - cart[:, None, None, :] + shifts[None, None]
        d = ops.norm(diff, dim=-1)
        d = d.reshape(cart.shape[0], cart.shape[0] * self.n_images)
        d = ops.where(d < self.cutoff, d, ops.full_like(d, 1e4))
        vals, idx = ops.topk(-d, self.max_neighbors + 1)
        return -vals[:, 1:], idx[:, 1:] // self.n_images


def make():
    np.random.seed(10)
    lattice = np.diag([3.9, 4.1, 5.2]).astype(np.float32)
    cart = (np.random.rand(6, 3) @ lattice).astype(np.float32)
    return RadiusGraph(NeighborConfig()), (Tensor(cart), Tensor(lattice))
