# case: import statement inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Net(nn.Cell):
    def construct(self, x):
        import math
        return x * math.pi


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
