# case: player rating solver iterates a fixed-shape power-iteration update while the change (a tensor) is above tolerance, capped by an iteration counter -> tensor-condition while loop with loop-invariant shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PowerRating(nn.Cell):
    def __init__(self, tol=1e-4, max_iter=50):
        super().__init__()
        self.tol = tol
        self.max_iter = max_iter

    def construct(self, win_matrix):
        n = win_matrix.shape[0]
        r = ops.ones((n,), ms.float32) / n
        delta = Tensor(1.0, ms.float32)
        it = Tensor(0, ms.int32)
        while delta > self.tol and it < self.max_iter:
            new_r = ops.mv(win_matrix, r)
            new_r = new_r / new_r.sum()
            delta = ops.abs(new_r - r).sum()
            r = new_r
            it = it + 1
        return r


def make():
    np.random.seed(45)
    w = np.random.rand(6, 6).astype(np.float32) + 0.1
    return PowerRating(1e-4, 50), (Tensor(w),)
