# case: nn.Parameter (PyTorch's spelling) in __init__: building the Cell fails before any compile
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(Tensor(np.ones((3,), np.float32)), name="w")

    def construct(self, x):
        return x[x > 0] * 2


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
