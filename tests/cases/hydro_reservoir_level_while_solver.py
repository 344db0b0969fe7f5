# case: iteratively solves reservoir level from storage with a while loop on a tensor tolerance but scalar state of fixed shape -> control flow on tensor, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StorageToLevel(nn.Cell):
    """Invert a power-law storage curve S = a * h^b with Newton iterations."""

    def __init__(self, a=40.0, b=1.6, tol=1e-3, max_iter=20):
        super().__init__()
        self.a = a
        self.b = b
        self.tol = tol
        self.max_iter = max_iter

    def construct(self, storage):
        h = ops.ones_like(storage) * 2.0
        err = Tensor(1.0, ms.float32)
        it = 0
        while err > self.tol and it < self.max_iter:
            f = self.a * ops.pow(h, self.b) - storage
            df = self.a * self.b * ops.pow(h, self.b - 1.0)
            h_new = h - f / df
            err = ops.abs(h_new - h).max()
            h = h_new
            it += 1
        return h


def make():
    np.random.seed(11)
    storage = np.random.uniform(50.0, 400.0, size=(8,)).astype(np.float32)
    return StorageToLevel(), (Tensor(storage),)
