# case: list comprehension filtering tensor rows by a tensor-valued condition; expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PositiveRows(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x):
        kept = [row for row in x if row.sum() > 0]
        return ops.stack(kept)


def make():
    x = Tensor(np.array([[1, 2], [-3, -4], [5, 6]], np.float32))
    return PositiveRows(), (x,)
