# case: near miss: ParameterTuple with unique names
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore import ParameterTuple


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.ws = ParameterTuple([Parameter(Tensor(np.ones(4, np.float32)), name="w0"),
                                  Parameter(Tensor(np.ones(4, np.float32)), name="w1")])

    def construct(self, x):
        return x * self.ws[0] + self.ws[1]


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
