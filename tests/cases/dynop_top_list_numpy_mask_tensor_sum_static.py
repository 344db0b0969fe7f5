# case: a Tensor built from NumPy on a top-level list item is a constant, and the sum of it that bounds a slice is computed while compiling: static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, inputs):
        x, ids = inputs[0], inputs[1]
        t = ms.tensor(np.array(ids) != 0, ms.int32)
        n = ops.sum(t)
        return x[:n]


def make():
    return Net(), ([Tensor(np.arange(6, dtype=np.float32)), Tensor(np.array([3, 1, 0, 2], np.int32))],)
