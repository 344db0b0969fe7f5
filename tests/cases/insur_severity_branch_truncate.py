# case: if the total exposure tensor exceeds a cutoff keep only the first 3 rating factors else keep all -> if on tensor with branches returning different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RatingFactorSelector(nn.Cell):
    def __init__(self, exposure_cutoff=10.0):
        super().__init__()
        self.cutoff = exposure_cutoff
        self.head = nn.Dense(5, 1)

    def construct(self, factors, exposure):
        if exposure.sum() > self.cutoff:
            used = factors[:, :3]
        else:
            used = factors
        relativities = ops.prod(ops.exp(used), 1)
        return relativities


def make():
    np.random.seed(11)
    f = Tensor((np.random.randn(12, 5) * 0.1).astype(np.float32))
    e = Tensor(np.random.uniform(0.5, 1.5, size=(12,)).astype(np.float32))
    return RatingFactorSelector(), (f, e)
