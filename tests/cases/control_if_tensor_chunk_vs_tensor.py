import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a tensor condition picks `ops.chunk(...)` (a tuple) on one side and the tensor itself on the other
class Net(nn.Cell):
    def construct(self, x):
        if x.mean() > 0:
            parts = ops.chunk(x, 2, 0)
        else:
            parts = x
        return parts


def make():
    return Net(), (Tensor(np.ones((4, 2), np.float32)),)
