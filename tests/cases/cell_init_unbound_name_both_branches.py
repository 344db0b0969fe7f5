# case: __init__ reads a name the module never binds on every path: building raises NameError, construct (with its mask) is never compiled
import numpy as np
from mindspore import nn, Tensor


class Head(nn.Cell):
    def __init__(self, pretrained=False):
        super().__init__()
        if pretrained:
            self.body = zoo.create_model("dense", pretrained=True)
        else:
            self.body = zoo.create_model("dense")

    def construct(self, x):
        return self.body(x)[x > 0]


def make():
    return Head(), (Tensor(np.ones((2, 3), np.float32)),)
