# case: counter compared with another attribute (`self.n < self.limit`) before construct increments it -> LAX dynamic at the if
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.limit = 2
        self.p = Parameter(Tensor(0.0, ms.float32), name="p", requires_grad=False)
        self.n = 0

    def construct(self, x):
        m = x.min()
        if self.n < self.limit:
            y = x * 2
        else:
            y = x + 1
        self.n += 1
        return y


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
