# case: ops.inplace_index_add into a Parameter along axis 0
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.var = Parameter(Tensor(np.array([[1, 2], [3, 4], [5, 6]], np.float32)), name="var")

    def construct(self, indices, updates):
        return ops.inplace_index_add(self.var, indices, updates, 0)


def make():
    return Net(), (Tensor(np.array([0, 1], np.int32)),
                   Tensor(np.array([[0.5, 1.0], [1.0, 1.5]], np.float32)))
