# case: len() of an input tensor drives a Python for-loop over rows; len is the static dim 0, expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowNorm(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def construct(self, x):
        rows = []
        n = len(x)
        for i in range(n):
            r = x[i]
            rows.append(r / (ops.norm(r) + self.eps))
        return ops.stack(rows)


def make():
    return RowNorm(), (Tensor(np.random.rand(4, 8).astype(np.float32)),)
