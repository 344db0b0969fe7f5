# case: construct sets a string field of a plain object it made, then returns it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Tag:
    def __init__(self):
        self.kind = None


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        tag = Tag()
        h = self.fc(x)
        tag.kind = "dense"
        return h, tag


def make():
    np.random.seed(7)
    return Net(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
