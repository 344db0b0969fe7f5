# case: a row index kept as a Tensor built from constants and replaced when the first reading is positive, then used to pick one row -> static (indexing by a value keeps the shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Pick(nn.Cell):
    def construct(self, x):
        row = Tensor(0, ms.int32)
        if x[0, 0] > 0:
            row = Tensor(2, ms.int32)
        return x[row] * 2.0


def make():
    np.random.seed(1)
    return Pick(), (Tensor(np.random.rand(4, 3).astype(np.float32)),)
