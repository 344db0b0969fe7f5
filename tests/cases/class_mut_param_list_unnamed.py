# case: a Python list of unnamed Parameters held by the Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.ws = [Parameter(Tensor(np.ones(4, np.float32))), Parameter(Tensor(np.ones(4, np.float32)))]

    def construct(self, x):
        return x * self.ws[0] + self.ws[1]


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
