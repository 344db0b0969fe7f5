# case: construct sets a Python number field of a plain object it made from a shape, then returns it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Info:
    def __init__(self):
        self.rows = 0


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        info = Info()
        h = self.fc(x)
        info.rows = h.shape[0]
        return h, info


def make():
    np.random.seed(7)
    return Net(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
