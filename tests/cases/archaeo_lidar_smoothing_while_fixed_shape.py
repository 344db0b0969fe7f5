# case: iterative DEM smoothing in a while loop on a tensor residual where each step keeps the same grid shape -> static shapes with tensor loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativeSmoother(nn.Cell):
    def __init__(self, tol=1e-3, max_iter=20):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")
        self.tol = tol
        self.max_iter = max_iter

    def construct(self, dem):
        surface = dem
        delta = Tensor(1.0, ms.float32)
        it = Tensor(0, ms.int32)
        while delta > self.tol and it < self.max_iter:
            nxt = self.pool(surface)
            delta = ops.abs(nxt - surface).max()
            surface = nxt
            it = it + 1
        return dem - surface, it


def make():
    np.random.seed(42)
    return IterativeSmoother(), (Tensor(np.random.rand(1, 1, 12, 12).astype(np.float32)),)
