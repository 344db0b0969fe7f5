# case: near miss: GradOperation built inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Inner(nn.Cell):
    def construct(self, x):
        return (x * x).sum()


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Inner()

    def construct(self, x):
        return ops.GradOperation()(self.inner)(x)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
