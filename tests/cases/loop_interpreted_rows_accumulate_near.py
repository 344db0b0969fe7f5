# case: a running total over the rows of the host copy -> dynamic at LAX (no list to be empty)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        total = 0.0
        for row in x.asnumpy():
            total = total + row.sum()
        return x * total


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4)),)
