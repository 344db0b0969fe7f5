# case: particle simulation lists neighbour pairs within a cutoff radius via ops.nonzero on the distance matrix; expect dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_dist(pos):
    diff = pos.expand_dims(1) - pos.expand_dims(0)
    return ops.sqrt((diff ** 2).sum(-1) + 1e-12)


class Net(nn.Cell):
    def __init__(self, cutoff=0.5, strength=1.0):
        super().__init__()
        self.cutoff = cutoff
        self.strength = strength

    def construct(self, pos):
        dist = pairwise_dist(pos)
        n = pos.shape[0]
        close = ops.logical_and(dist < self.cutoff, ops.eye(n, n, ms.bool_) == False)
        pairs = ops.nonzero(close)
        d = ops.gather_nd(dist, pairs)
        energy = self.strength * ((self.cutoff - d) ** 2).sum()
        return energy


def make():
    pos = Tensor(np.random.rand(10, 3).astype(np.float32))
    return Net(), (pos,)
