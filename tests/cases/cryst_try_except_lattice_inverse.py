# case: invert the lattice matrix inside try/except and fall back to the identity when inversion fails, then convert Cartesian to fractional -> try/except in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CartToFrac(nn.Cell):
    def __init__(self):
        super().__init__()
        self.eye3 = Tensor(np.eye(3, dtype=np.float32))

    def safe_inverse(self, lattice):
        try:
            inv = ops.inverse(lattice)
        except RuntimeError:
            inv = self.eye3
        return inv

    def construct(self, cart_pos, lattice):
        inv = self.safe_inverse(lattice)
        frac = ops.matmul(cart_pos, inv)
        return frac - ops.floor(frac)


def make():
    np.random.seed(20)
    lattice = np.array([[4.0, 0.0, 0.0], [1.0, 4.2, 0.0], [0.5, 0.3, 5.1]], np.float32)
    pos = Tensor((np.random.rand(5, 3) * 6.0).astype(np.float32))
    return CartToFrac(), (pos, Tensor(lattice))
