# case: a user subclass of P.Unique with its own __init__, built and called inline
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from mindspore.ops import operations as P
from mindspore.ops import Primitive, PrimitiveWithInfer, prim_attr_register


class TaggedUnique(P.Unique):
    def __init__(self):
        super().__init__()
        self.tag = "dedup"


class Net(nn.Cell):
    def construct(self, x):
        out, _ = TaggedUnique()(x)
        return out


def make():
    return Net(), (Tensor(np.array([1.0, -2.0, 3.0, -2.0], np.float32)),)
