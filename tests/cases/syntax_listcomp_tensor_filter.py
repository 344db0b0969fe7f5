# case: list comprehension filtering tensors by a tensor condition (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        rows = [r for r in (x[0], x[1]) if r.sum() > 4]
        return rows[0]


def make():
    return Net(), (Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)),)
