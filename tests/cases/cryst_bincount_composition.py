# case: composition fractions per element from ops.bincount of atomic numbers, vector length set by the largest Z present -> bincount output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompositionFractions(nn.Cell):
    def __init__(self):
        super().__init__()
        self.eps = 1e-8

    def construct(self, atomic_numbers):
        counts = ops.bincount(atomic_numbers)
        counts = ops.cast(counts, ms.float32)
        fractions = counts / (counts.sum() + self.eps)
        entropy = -(fractions * ops.log(fractions + self.eps)).sum()
        return fractions, entropy


def make():
    np.random.seed(42)
    z = Tensor(np.array([3, 26, 15, 8, 8, 8, 8, 3, 26, 15, 8, 8, 8, 8], np.int32))
    return CompositionFractions(), (z,)
