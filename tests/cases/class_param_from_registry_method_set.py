# case: a Cell attribute set in __init__ from a registry object's method that builds a Parameter is that Parameter: setting it in construct is an Assign (static)
import numpy as np
import mindspore as ms
from mindspore import nn, Parameter, Tensor


class Registry:
    def __init__(self):
        self.params = {}

    def register(self, name, value):
        param = Parameter(value, name=name, requires_grad=False)
        self.params[name] = param
        return param


registry = Registry()


class Tracker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.last = registry.register("last_sum", Tensor(0.0, ms.float32))

    def construct(self, x):
        s = x.sum()
        self.last = s
        return x * 2


def make():
    return Tracker(), (Tensor(np.ones((2, 3), np.float32)),)
