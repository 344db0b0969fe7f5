# case: rows of the tensor appended in a constant loop then stacked -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        rows = []
        for i in range(3):
            rows.append(x[i] * 2)
        return ops.stack(rows) + 1


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4)),)
