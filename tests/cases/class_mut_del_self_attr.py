# case: del of a Cell attribute in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.tmp = 1.0

    def construct(self, x):
        y = x * self.tmp
        del self.tmp
        return y


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
