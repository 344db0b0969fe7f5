import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: near miss: both arms of a tensor condition bind a tuple of two tensors from `ops.split`
class Net(nn.Cell):
    def construct(self, x):
        if x.sum() > 0:
            parts = ops.split(x, 2, axis=0)
        else:
            parts = ops.split(x * 2, 2, axis=0)
        return parts[0] + parts[1]


def make():
    return Net(), (Tensor(np.ones((4, 2), np.float32)),)
