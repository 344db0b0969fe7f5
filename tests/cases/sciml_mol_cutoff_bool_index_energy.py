# case: Lennard-Jones energy that keeps pair distances below the cutoff by boolean-mask indexing -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LennardJones(nn.Cell):
    def __init__(self, sigma=0.35, epsilon=0.5, cutoff=0.8):
        super().__init__()
        self.sigma = sigma
        self.epsilon = epsilon
        self.cutoff = cutoff

    def pair_potential(self, r):
        sr6 = ops.pow(self.sigma / r, 6)
        return 4.0 * self.epsilon * (sr6 * sr6 - sr6)

    def construct(self, coords):
        n = coords.shape[0]
        diff = coords.expand_dims(1) - coords.expand_dims(0)
        dist = ops.norm(diff, dim=-1)
        upper = ops.triu(ops.ones((n, n), ms.float32), diagonal=1) > 0
        pair_mask = ops.logical_and(upper, dist < self.cutoff)
        r = dist[pair_mask]
        energy = self.pair_potential(r).sum()
        return energy


def make():
    np.random.seed(6)
    coords = Tensor((np.random.rand(16, 3) * 1.5).astype(np.float32))
    return LennardJones(), (coords,)
