# case: an int32 Tensor the Cell keeps as its window start, used as a slice bound -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Window(nn.Cell):
    def __init__(self):
        super().__init__()
        self.start = Tensor(2, ms.int32)

    def construct(self, x):
        return x[self.start:self.start + 3] * 2.0


def make():
    np.random.seed(1)
    return Window(), (Tensor(np.random.rand(8).astype(np.float32)),)
