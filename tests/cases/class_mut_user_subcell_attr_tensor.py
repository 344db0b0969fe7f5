# case: a tensor stored on a user-defined sub-cell's attribute in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Keep(nn.Cell):
    def __init__(self):
        super().__init__()
        self.last = None

    def construct(self, x):
        return x


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.keep = Keep()

    def construct(self, x):
        y = x * 2
        self.keep.last = y
        return self.keep(y)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
