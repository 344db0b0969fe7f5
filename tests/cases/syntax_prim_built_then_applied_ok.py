# case: near miss: primitives built with their attributes, then applied (both spellings)
import numpy as np
from mindspore import nn, ops, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.squeeze = P.Squeeze(0)
        self.mean = P.ReduceMean(True)

    def construct(self, x):
        y = self.squeeze(x)
        z = ops.Transpose()(x, (1, 0))
        return self.mean(y, 0) + ops.ExpandDims()(z.sum(), 0) + ops.Squeeze(0)(x).sum()


def make():
    return Net(), (Tensor(np.ones((1, 3), np.float32)),)
