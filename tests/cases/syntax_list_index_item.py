# case: a Python list attribute indexed by .item() of a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scales = [1.0, 0.5, 0.25, 2.0]

    def construct(self, x, n):
        return x * self.scales[n.item()]


def make():
    return Net(), (Tensor(np.ones((4, 8), np.float32)), Tensor(3, ms.int32))
