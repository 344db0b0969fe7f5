# case: a removed primitive only under a flag that is off: the Cell builds and compiles
import numpy as np
from mindspore import nn, ops, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def __init__(self, legacy=False):
        super().__init__()
        if legacy:
            self.clamp = P.Clamp()
        else:
            self.clamp = ops.clamp

    def construct(self, x):
        return self.clamp(x, 0.0, 1.0)


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
