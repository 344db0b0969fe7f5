# case: ops.dstack of a list of two 2-D tensors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, a, b):
        return ops.dstack([a, b])


def make():
    return Net(), (Tensor(np.arange(1, 7, dtype=np.float32).reshape(2, 3)),
                   Tensor(np.arange(7, 13, dtype=np.float32).reshape(2, 3)))
