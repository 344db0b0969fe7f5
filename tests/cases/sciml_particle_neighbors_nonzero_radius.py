# case: SPH-style density where neighbour pairs within the smoothing radius are listed with nonzero -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SPHDensity(nn.Cell):
    def __init__(self, radius=0.3, mass=1.0):
        super().__init__()
        self.radius = radius
        self.mass = mass
        self.norm = 315.0 / (64.0 * np.pi * radius ** 9)

    def pair_distances(self, pos):
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        return ops.sqrt((diff * diff).sum(-1) + 1e-12)

    def neighbor_pairs(self, pos):
        d = self.pair_distances(pos)
        within = d < self.radius
        pairs = ops.nonzero(within)
        return pairs, d

    def construct(self, pos):
        pairs, d = self.neighbor_pairs(pos)
        i, j = pairs[:, 0], pairs[:, 1]
        r = ops.gather_nd(d, pairs)
        w = self.norm * ops.pow(self.radius ** 2 - r * r, 3)
        rho = ops.unsorted_segment_sum(self.mass * w, i, pos.shape[0])
        return rho


def make():
    np.random.seed(4)
    pos = Tensor(np.random.rand(24, 3).astype(np.float32))
    return SPHDensity(), (pos,)
