# case: a weight copied from a constructor argument's Cell, re-set to a transposed tensor by an __init__ helper, then written in construct: it is still that Cell's Parameter, so the writes compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Norm(nn.Cell):
    def __init__(self, module):
        super().__init__()
        self.inner = module
        self.weight = module.weight
        self._flip()

    def _flip(self):
        self.weight = ops.transpose(self.weight, (1, 0))

    def construct(self, x):
        self._flip()
        return self.inner(x)


def make():
    return Norm(nn.Dense(4, 4)), (Tensor(np.ones((2, 4), np.float32)),)
