# case: try/finally in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        try:
            y = x * 2
        finally:
            y = x
        return y


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
