# case: NonZero primitive in a tuple attribute, called through an index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.prims = (P.NonZero(), P.ReLU())

    def construct(self, x):
        idx = self.prims[0](x)
        return idx + 1


def make():
    return Net(), (Tensor(np.array([[0, 2], [3, 0]], np.float32)),)
