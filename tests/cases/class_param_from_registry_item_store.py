# case: an item store into a 1-D Parameter that a registry object's method built in __init__ (indexed by an unrolled enumerate counter) is an Assign at STRICT too
import numpy as np
import mindspore as ms
from mindspore import nn, Parameter, Tensor


class Registry:
    def register(self, name, value):
        return Parameter(value, name=name, requires_grad=False)


registry = Registry()


class Tracker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scales = nn.CellList([nn.Dense(3, 1), nn.Dense(3, 1)])
        self.lrs = registry.register("lrs", Tensor([0.0, 0.0], ms.float32))

    def construct(self, x):
        for i, f in enumerate(self.scales):
            self.lrs[i] = f(x).sum()
        return x * 2


def make():
    return Tracker(), (Tensor(np.ones((2, 3), np.float32)),)
