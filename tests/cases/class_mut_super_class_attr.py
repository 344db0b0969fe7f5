# case: super().attr reads a base class's class attribute (not a method)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Base(nn.Cell):
    scale = 2.0

    def construct(self, x):
        return x


class Net(Base):
    def construct(self, x):
        return x * super().scale


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
