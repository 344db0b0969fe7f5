# case: near miss: a subclass of ops.ReLU kept on self but never called in graph code
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore.ops import operations as P
from mindspore.ops import Primitive, PrimitiveWithInfer, prim_attr_register


class MyReLU(ops.ReLU):
    pass


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.unused = MyReLU()
        self.act = ops.ReLU()

    def construct(self, x):
        return self.act(x)


def make():
    return Net(), (Tensor(np.array([1.0, -2.0, 3.0, -2.0], np.float32)),)
