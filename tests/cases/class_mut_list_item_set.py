# case: list held by the Cell written by index in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.buf = [0.0, 0.0]

    def construct(self, x):
        self.buf[0] = x
        return x + 1


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
