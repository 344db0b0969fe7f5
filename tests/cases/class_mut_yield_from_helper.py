# case: helper generator using yield from, unpacked in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def pair(self, x):
        yield from (x, x * 2)

    def construct(self, x):
        a, b = self.pair(x)
        return a + b


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
