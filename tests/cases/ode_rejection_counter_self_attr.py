# case: solver Cell counts rejected steps by writing self.n_rejected += 1 inside construct under a tensor condition -> Graph mode error or unsupported attribute write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveEulerCell(nn.Cell):
    def __init__(self, dim=4, tol=0.01):
        super().__init__()
        self.w = ms.Parameter(Tensor(np.eye(dim, dtype=np.float32) * -0.5), name="w")
        self.tol = tol
        self.n_rejected = 0
        self.n_accepted = 0

    def rhs(self, y):
        return ops.matmul(y, self.w)

    def construct(self, y, h):
        for _ in range(5):
            y_full = y + h * self.rhs(y)
            y_half = y + 0.5 * h * self.rhs(y)
            y_half = y_half + 0.5 * h * self.rhs(y_half)
            err = ops.reduce_max(ops.abs(y_full - y_half))
            if err > self.tol:
                self.n_rejected += 1
                h = h * 0.5
            else:
                self.n_accepted += 1
                y = y_half
        return y, h


def make():
    np.random.seed(11)
    y = Tensor(np.random.randn(3, 4).astype(np.float32))
    return AdaptiveEulerCell(), (y, Tensor(0.5, ms.float32))
