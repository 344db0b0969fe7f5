# case: list comprehension over range(x.shape[0]) selecting rows (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        rows = [x[i] * i for i in range(x.shape[0])]
        return ops.stack(rows)


def make():
    return Net(), (Tensor(np.ones((3, 2), np.float32)),)
