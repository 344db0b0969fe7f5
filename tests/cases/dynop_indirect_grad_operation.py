# case: GradOperation()(fn) where fn gathers through a unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


def loss(x):
    vals, _ = ops.unique(x)
    return vals.sum()


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.grad = ops.GradOperation()

    def construct(self, x):
        return self.grad(loss)(x)


def make():
    return Net(), (Tensor(np.array([4.0, 4.0, 1.0, 7.0], np.float32)),)
