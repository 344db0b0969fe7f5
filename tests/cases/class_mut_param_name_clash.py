# case: two Parameters with the same name in one network
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = Parameter(Tensor(np.ones(4, np.float32)), name="w")
        self.b = Parameter(Tensor(np.ones(4, np.float32)), name="w")

    def construct(self, x):
        return x * self.a + self.b


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
