# case: Sinkhorn balancing of a query-document score matrix iterated in a while loop with a tensor convergence test and a max-iteration cap; shapes never change -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SinkhornBalancer(nn.Cell):
    def __init__(self, epsilon=0.1, max_iters=20, tol=1e-3):
        super().__init__()
        self.epsilon = epsilon
        self.max_iters = max_iters
        self.tol = tol

    def _row_norm(self, p):
        return p / p.sum(axis=1, keepdims=True)

    def _col_norm(self, p):
        return p / p.sum(axis=0, keepdims=True)

    def construct(self, scores):
        p = ops.exp((scores - scores.max()) / self.epsilon)
        it = Tensor(0, ms.int32)
        err = Tensor(1.0, ms.float32)
        while err > self.tol and it < self.max_iters:
            p = self._row_norm(self._col_norm(p))
            err = ops.abs(p.sum(axis=0) - p.sum(axis=0).mean()).max()
            it = it + 1
        return p, it


def make():
    np.random.seed(38)
    s = Tensor(np.random.randn(5, 5).astype(np.float32))
    return SinkhornBalancer(), (s,)
