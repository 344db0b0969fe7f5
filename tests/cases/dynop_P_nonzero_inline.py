# case: NonZero primitive instantiated inline in construct
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import operations as P

class NZ(nn.Cell):
    def construct(self, x):
        return P.NonZero()(x)


def make():
    return NZ(), (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)),)
