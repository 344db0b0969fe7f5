# case: a plain object made with no arguments and returned untouched beside the output
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Meta:
    def __init__(self):
        self.version = 2
        self.tags = []


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        meta = Meta()
        h = self.fc(x)
        return h, meta


def make():
    np.random.seed(6)
    return Net(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
