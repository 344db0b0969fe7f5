# case: a dict attribute read with int() of a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scales = {0: 1.0, 3: 0.5}

    def construct(self, x, n):
        return x * self.scales[int(n)]


def make():
    return Net(), (Tensor(np.ones((4, 8), np.float32)), Tensor(3, ms.int32))
