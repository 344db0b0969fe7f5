# case: iterative mask refinement repeating a shared refiner n_iter times with a while loop on a Python int counter set in the constructor -> compile-time loop, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskRefiner(nn.Cell):
    def __init__(self, n_bins=16):
        super().__init__()
        self.fc = nn.Dense(2 * n_bins, n_bins)

    def construct(self, mag, mask):
        return ops.sigmoid(self.fc(ops.concat((mag, mask), axis=-1)))


class IterativeEnhancer(nn.Cell):
    def __init__(self, n_bins=16, n_iter=3, residual=True):
        super().__init__()
        self.n_iter = n_iter
        self.residual = residual
        self.refiner = MaskRefiner(n_bins)

    def construct(self, mag):
        mask = ops.ones_like(mag) * 0.5
        i = 0
        while i < self.n_iter:
            new_mask = self.refiner(mag, mask)
            mask = 0.5 * (mask + new_mask) if self.residual else new_mask
            i += 1
        return mag * mask, mask


def make():
    np.random.seed(38)
    mag = np.abs(np.random.randn(2, 7, 16)).astype(np.float32)
    return IterativeEnhancer(), (Tensor(mag),)
