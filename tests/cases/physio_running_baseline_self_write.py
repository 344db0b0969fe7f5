# case: ECG baseline tracker updates a plain Python attribute on self (self.baseline) with the mean of each incoming window inside construct -> error or unsupported side effect in Graph mode (attribute write on self)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BaselineTracker(nn.Cell):
    def __init__(self, momentum=0.9):
        super().__init__()
        self.momentum = momentum
        self.baseline = 0.0
        self.n_updates = 0

    def construct(self, window):
        current = window.mean()
        self.baseline = self.momentum * self.baseline + (1 - self.momentum) * current
        self.n_updates += 1
        return window - self.baseline


def make():
    np.random.seed(13)
    window = (0.8 + 0.1 * np.random.randn(64)).astype(np.float32)
    return BaselineTracker(), (Tensor(window),)
