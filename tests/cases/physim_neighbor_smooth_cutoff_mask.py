# case: pairwise Morse potential with a fixed-size neighbour mask applied through ops.select and a smooth cutoff -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MorsePairPotential(nn.Cell):
    def __init__(self, cutoff=1.2, depth=0.5, width=2.0, r0=0.6, skin=0.1):
        super().__init__()
        self.cutoff = cutoff
        self.depth = depth
        self.width = width
        self.r0 = r0
        self.skin = skin

    def switch(self, r):
        # cosine switching function going from 1 to 0 over [cutoff - skin, cutoff]
        x = ops.clamp((r - (self.cutoff - self.skin)) / self.skin, 0.0, 1.0)
        return 0.5 * (ops.cos(np.pi * x) + 1.0)

    def construct(self, pos):
        n = pos.shape[0]
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        r = ops.sqrt((diff * diff).sum(-1) + 1e-9)
        nbr = ops.logical_and(r < self.cutoff, ops.logical_not(ops.eye(n, n, ms.bool_)))
        e = self.depth * (ops.square(1.0 - ops.exp(-self.width * (r - self.r0))) - 1.0)
        e = ops.select(nbr, e * self.switch(r), ops.zeros_like(e))
        n_neighbors = nbr.astype(ms.int32).sum(1)
        return 0.5 * e.sum(), n_neighbors


def make():
    np.random.seed(11)
    pos = Tensor(np.random.rand(14, 3).astype(np.float32) * 2.0)
    return MorsePairPotential(), (pos,)
