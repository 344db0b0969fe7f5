# case: magnitude pruning that gathers surviving weights with masked_select to report density -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MagnitudePruner(nn.Cell):
    def __init__(self, threshold=0.3):
        super().__init__()
        self.threshold = threshold

    def survivors(self, w):
        mask = ops.abs(w) > self.threshold
        return ops.masked_select(w, mask)

    def construct(self, w):
        kept = self.survivors(w)
        density = kept.shape[0] / w.size
        energy = ops.reduce_sum(kept * kept)
        return energy, density


class PrunedLinear(nn.Cell):
    def __init__(self, in_dim=16, out_dim=8):
        super().__init__()
        self.dense = nn.Dense(in_dim, out_dim, has_bias=False)
        self.pruner = MagnitudePruner(0.2)

    def construct(self, x):
        energy, density = self.pruner(self.dense.weight)
        return self.dense(x), energy


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return PrunedLinear(), (x,)
