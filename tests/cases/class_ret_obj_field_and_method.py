# case: construct writes a field of a plain object directly and also calls its method that appends, then returns it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Report:
    def __init__(self):
        self.score = None
        self.history = []

    def log(self, x):
        self.history.append(x.mean())


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        report = Report()
        h = self.fc(x)
        report.score = h.max()
        report.log(h)
        return report


def make():
    np.random.seed(4)
    return Net(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
