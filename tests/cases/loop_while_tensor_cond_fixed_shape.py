# case: iterative refinement `while err > tol and it < MAX_IT` with a tensor condition; carried tensors keep their shapes -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_IT = 20


class PowerIteration(nn.Cell):
    def __init__(self, tol=1e-4):
        super().__init__()
        self.tol = tol

    def construct(self, a, v):
        err = Tensor(1.0, ms.float32)
        it = Tensor(0, ms.int32)
        while err > self.tol and it < MAX_IT:
            w = ops.matmul(a, v)
            w = w / ops.norm(w)
            err = ops.abs(w - v).max()
            v = w
            it += 1
        return v, it


def make():
    a = np.random.rand(4, 4).astype(np.float32)
    a = a + a.T
    return PowerIteration(), (Tensor(a), Tensor(np.ones((4, 1), np.float32) / 2))
