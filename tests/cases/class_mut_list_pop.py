# case: a Cell's list popped in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stack = [1.0, 2.0]

    def construct(self, x):
        v = self.stack.pop()
        return x * v


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
