# case: builtin min of a dynamic shape dimension and a Python int (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        kept = ops.masked_select(x, x > 0)
        n = min(kept.shape[0], 2)
        return x * n


def make():
    return Net(), (Tensor(np.array([[1.0, -4.0, 3.0], [2.0, 0.5, -1.0]], np.float32)),)
