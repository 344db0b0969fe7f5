# case: a plain tracker object kept on the Cell, whose method sets its own attribute, called from construct -> LAX dynamic at the write, STRICT error at the call
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BestTracker:
    def __init__(self):
        self.best = 0.0

    def update(self, value):
        self.best = value


class Head(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 2)
        self.tracker = BestTracker()

    def construct(self, x):
        y = self.fc(x)
        self.tracker.update(y.max())
        return y


def make():
    return Head(), (Tensor(np.ones((3, 4), np.float32)),)
