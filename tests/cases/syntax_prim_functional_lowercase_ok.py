# case: near miss: the functional spellings take the tensors (ops.transpose, ops.pow, ops.relu)
import numpy as np
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        return ops.relu(ops.transpose(x, (1, 0))) + ops.pow(x.T, 2)


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
