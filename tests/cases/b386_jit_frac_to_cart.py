# case: @ms.jit geometry helper wraps fractional coordinates into the unit cell, converts to Cartesian with the lattice and returns cell volume and lengths with constant slicing -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ANGSTROM_TO_BOHR = 1.8897259886


@ms.jit
def frac_to_cart(frac, lattice):
    wrapped = frac - ops.floor(frac)
    cart = ops.matmul(wrapped, lattice) * ANGSTROM_TO_BOHR
    a, b, c = lattice[0], lattice[1], lattice[2]
    volume = ops.abs((a * ops.cross(b.reshape(1, 3), c.reshape(1, 3)).reshape(3)).sum())
    lengths = ops.sqrt((lattice * lattice).sum(-1))
    return cart, volume, lengths[:2], lengths[-1]


def make():
    np.random.seed(30)
    frac = Tensor(np.random.uniform(-0.5, 1.5, size=(7, 3)).astype(np.float32))
    lattice = Tensor((np.eye(3) * 5.0 + 0.2 * np.random.randn(3, 3)).astype(np.float32))
    return frac_to_cart, (frac, lattice)
