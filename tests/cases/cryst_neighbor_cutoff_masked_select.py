# case: collect all pair distances below the cutoff radius with masked_select before averaging bond lengths -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BondLengthStats(nn.Cell):
    def __init__(self, cutoff=3.0):
        super().__init__()
        self.cutoff = cutoff

    def pair_distances(self, pos):
        diff = ops.expand_dims(pos, 1) - ops.expand_dims(pos, 0)
        return ops.sqrt(ops.reduce_sum(diff * diff, -1) + 1e-12)

    def construct(self, pos):
        dist = self.pair_distances(pos)
        n = pos.shape[0]
        not_self = 1.0 - ops.eye(n, n, ms.float32)
        within = ops.logical_and(dist < self.cutoff, not_self > 0.5)
        bonds = ops.masked_select(dist, within)
        mean_bond = ops.reduce_mean(bonds)
        return mean_bond, bonds.shape[0]


def make():
    np.random.seed(0)
    pos = Tensor(np.random.rand(8, 3).astype(np.float32) * 4.0)
    return BondLengthStats(cutoff=2.5), (pos,)
