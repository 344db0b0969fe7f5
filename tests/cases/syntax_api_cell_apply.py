# case: self.apply(fn) in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def noop(cell):
    return None
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        self.apply(noop)
        return self.fc(x)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
