# case: boolean read keeping the non-NaN entries
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class DropNan(nn.Cell):
    def construct(self, x):
        keep = ops.logical_not(ops.isnan(x))
        return x[keep].mean()


def make():
    return DropNan(), (Tensor(np.array([1.0, np.nan, 3.0, 4.0, np.nan], np.float32)),)
