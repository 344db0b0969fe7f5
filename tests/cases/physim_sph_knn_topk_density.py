# case: SPH density from the k nearest neighbours with topk k taken from the constructor config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CubicSplineKernel(nn.Cell):
    def __init__(self, h=0.3):
        super().__init__()
        self.h = h
        self.norm = 8.0 / (np.pi * h ** 3)

    def construct(self, r):
        q = r / self.h
        w1 = 1.0 - 6.0 * q * q + 6.0 * q * q * q
        w2 = 2.0 * ops.pow(ops.relu(1.0 - q), 3)
        return self.norm * ops.where(q <= 0.5, w1, w2)


class KNNDensity(nn.Cell):
    def __init__(self, k=6, h=0.3, particle_mass=0.02):
        super().__init__()
        self.k = k
        self.kernel = CubicSplineKernel(h)
        self.particle_mass = particle_mass

    def construct(self, pos):
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        r = ops.sqrt((diff * diff).sum(-1) + 1e-12)
        neg_r, nbr_idx = ops.topk(-r, self.k + 1)
        r_knn = -neg_r[:, 1:]
        rho = self.particle_mass * self.kernel(r_knn).sum(-1)
        nbr_rho = ops.gather(rho, nbr_idx[:, 1:].reshape(-1), 0).reshape(pos.shape[0], self.k)
        return rho, nbr_rho.mean(-1)


def make():
    np.random.seed(14)
    pos = Tensor(np.random.rand(24, 3).astype(np.float32) * 0.6)
    return KNNDensity(), (pos,)
