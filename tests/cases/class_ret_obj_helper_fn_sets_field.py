# case: a module-level helper function sets a field of the plain object construct made; construct returns it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Box:
    def __init__(self):
        self.value = None


def fill(box, h):
    box.value = h.max()


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        box = Box()
        h = self.fc(x)
        fill(box, h)
        return h, box


def make():
    np.random.seed(7)
    return Net(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
