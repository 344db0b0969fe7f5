# case: refinement stage loops `for _ in range(int(n_iter))` where n_iter is a scalar tensor input; loop body keeps h the same shape -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativeRefine(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.step = nn.Dense(dim, dim)

    def construct(self, x, n_iter):
        h = x
        for _ in range(int(n_iter)):
            h = h + 0.1 * ops.tanh(self.step(h))
        return h


def make():
    x = Tensor(np.random.randn(3, 4).astype(np.float32))
    return IterativeRefine(), (x, Tensor(3, ms.int32))
