# case: nn.SequentialCell given one tuple of Cells (not a list, a Cell or an OrderedDict): building raises TypeError, the masked construct is never compiled
import numpy as np
from mindspore import nn, Tensor


class Head(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.body = nn.SequentialCell((nn.Dense(channels, channels), nn.ReLU()))

    def construct(self, x):
        return self.body(x)[x > 0]


def make():
    return Head(3), (Tensor(np.ones((2, 3), np.float32)),)
