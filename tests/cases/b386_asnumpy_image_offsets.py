# case: neighbour search picks how many periodic images to tile per lattice direction from the cell lengths via lattice.asnumpy() in construct -> NumPy on a tensor in Graph mode (rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeighborConfig:
    cutoff = 6.0
    max_neighbors = 12


def _image_grid(reps):
    rng = [np.arange(-r, r + 1) for r in reps]
    grid = np.stack(np.meshgrid(*rng, indexing="ij"), -1).reshape(-1, 3)
    return grid.astype(np.float32)


class RadiusGraph(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cutoff = config.cutoff
        self.max_neighbors = config.max_neighbors

    def _images(self, lattice):
        lengths = np.linalg.norm(lattice.asnumpy(), axis=1)
        reps = np.ceil(self.cutoff / lengths).astype(np.int64)
        return Tensor(_image_grid(reps))

    def construct(self, cart, lattice):
        shifts = ops.matmul(self._images(lattice), lattice)
        diff = cart[None, :, None, :] - cart[:, None, None, :] + shifts[None, None]
        d = ops.norm(diff, dim=-1)
        d = d.reshape(d.shape[0], -1)
        vals, _ = ops.topk(-d, self.max_neighbors + 1)
        return -vals[:, 1:]


def make():
    np.random.seed(9)
    lattice = np.diag([3.9, 4.1, 5.2]).astype(np.float32)
    cart = (np.random.rand(6, 3) @ lattice).astype(np.float32)
    return RadiusGraph(NeighborConfig()), (Tensor(cart), Tensor(lattice))
