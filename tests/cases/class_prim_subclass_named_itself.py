# case: a subclass of ops.ReLU that names its Primitive "ReLU" itself
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore.ops import operations as P
from mindspore.ops import Primitive, PrimitiveWithInfer, prim_attr_register


class NamedReLU(ops.ReLU):
    def __init__(self):
        Primitive.__init__(self, "ReLU")


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.act = NamedReLU()

    def construct(self, x):
        return self.act(x)


def make():
    return Net(), (Tensor(np.array([1.0, -2.0, 3.0, -2.0], np.float32)),)
