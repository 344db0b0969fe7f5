# case: a plain object's method appends tensors to its list field; construct makes it, calls the method twice and returns it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Trace:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x.sum())


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        trace = Trace()
        h = self.fc(x)
        trace.add(h)
        out = ops.relu(h)
        trace.add(out)
        return out, trace


def make():
    np.random.seed(1)
    return Net(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
