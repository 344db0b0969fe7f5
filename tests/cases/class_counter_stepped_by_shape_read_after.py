# case: a Python counter of the Cell stepped by the input's row count in construct (self.seen += x.shape[0]), then read: the read and what follows run in the interpreter at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Tracker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.seen = 0

    def construct(self, x):
        self.seen += x.shape[0]
        scale = 1.0 / (self.seen + 1)
        return x * scale


def make():
    np.random.seed(3)
    return Tracker(), (Tensor(np.random.rand(6, 2).astype(np.float32)),)
