# case: average the out-of-tolerance gob weights using a 0/1 mask multiplied in, no compaction -> masks used arithmetically, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GobToleranceStats(nn.Cell):
    def __init__(self, target=310.0, tol=4.0):
        super().__init__()
        self.target = target
        self.tol = tol

    def construct(self, gob_weights, shear_times):
        deviation = gob_weights - self.target
        mask = (ops.abs(deviation) > self.tol).astype(gob_weights.dtype)
        n_bad = mask.sum()
        mean_bad = (gob_weights * mask).sum() / (n_bad + 1e-6)
        shear_bad = shear_times * mask
        return mean_bad, shear_bad


def make():
    np.random.seed(12)
    w = (310.0 + 5.0 * np.random.randn(64)).astype(np.float32)
    t = (0.05 * np.random.rand(64) + 0.9).astype(np.float32)
    return GobToleranceStats(), (Tensor(w), Tensor(t))
