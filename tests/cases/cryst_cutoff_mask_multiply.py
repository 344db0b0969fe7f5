# case: smooth cosine cutoff envelope multiplied into all pair interactions instead of dropping far pairs -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CosineCutoffPairEnergy(nn.Cell):
    def __init__(self, cutoff=4.0, epsilon=0.2, sigma=1.8):
        super().__init__()
        self.cutoff = cutoff
        self.epsilon = epsilon
        self.sigma = sigma

    def envelope(self, dist):
        inside = ops.cast(dist < self.cutoff, ms.float32)
        return 0.5 * (ops.cos(np.pi * dist / self.cutoff) + 1.0) * inside

    def construct(self, pos):
        n = pos.shape[0]
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        dist = ops.sqrt(ops.reduce_sum(diff * diff, -1) + 1e-8)
        off_diag = 1.0 - ops.eye(n, n, ms.float32)
        sr6 = ops.pow(self.sigma / (dist + ops.eye(n, n, ms.float32)), 6)
        lj = 4.0 * self.epsilon * (sr6 * sr6 - sr6)
        pair_e = lj * self.envelope(dist) * off_diag
        return 0.5 * pair_e.sum()


def make():
    np.random.seed(4)
    pos = Tensor((np.random.rand(9, 3) * 5.0).astype(np.float32))
    return CosineCutoffPairEnergy(), (pos,)
