# case: equation-of-state scan that scales the lattice for range(int(n_points)) volumes, collecting energies in a list and stacking them -> loop count from a tensor value, list length data-dependent
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairPotential(nn.Cell):
    def __init__(self, r0=2.35, k=3.0):
        super().__init__()
        self.r0 = r0
        self.k = k

    def construct(self, cart):
        n = cart.shape[0]
        diff = ops.expand_dims(cart, 1) - ops.expand_dims(cart, 0)
        eye = ops.eye(n, n, ms.float32)
        r = ops.sqrt((diff * diff).sum(-1) + eye)
        return 0.5 * (self.k * (r - self.r0) ** 2 * (1.0 - eye)).sum()


class EOSScan(nn.Cell):
    def __init__(self, strain_range=0.04):
        super().__init__()
        self.pot = PairPotential()
        self.strain_range = strain_range

    def construct(self, frac_pos, lattice, n_points):
        energies = []
        n = int(n_points)
        for i in range(n):
            scale = 1.0 - self.strain_range + 2.0 * self.strain_range * i / (n - 1)
            cart = ops.matmul(frac_pos, lattice * scale)
            energies.append(self.pot(cart))
        return ops.stack(energies)


def make():
    np.random.seed(41)
    frac = Tensor(np.array([[0, 0, 0], [0.25, 0.25, 0.25], [0.5, 0.5, 0], [0.75, 0.75, 0.25]], np.float32))
    lattice = Tensor(np.diag([5.43, 5.43, 5.43]).astype(np.float32))
    return EOSScan(), (frac, lattice, Tensor(5, ms.int32))
