# case: wrap fractional displacement vectors into the unit cell with np.round applied to a tensor inside construct -> NumPy function on a tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MinimumImageNumpy(nn.Cell):
    def __init__(self, cutoff=3.0):
        super().__init__()
        self.cutoff = cutoff

    def construct(self, frac_pos, lattice):
        dfrac = ops.expand_dims(frac_pos, 1) - ops.expand_dims(frac_pos, 0)
        dfrac = dfrac - Tensor(np.round(dfrac), ms.float32)
        cart = ops.matmul(dfrac.reshape(-1, 3), lattice).reshape(dfrac.shape)
        dist = ops.sqrt((cart * cart).sum(-1) + 1e-9)
        return ops.cast(dist < self.cutoff, ms.float32).sum(1) - 1.0


def make():
    np.random.seed(22)
    frac = Tensor(np.random.rand(6, 3).astype(np.float32))
    lattice = Tensor(np.diag([4.1, 4.1, 4.1]).astype(np.float32))
    return MinimumImageNumpy(), (frac, lattice)
