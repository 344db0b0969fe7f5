# case: complex(0, 1) built with the builtin in construct, only its imaginary part used -> static: no complex literal
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Unit(nn.Cell):
    def construct(self, x):
        k = complex(0, 1)
        return x * k.imag


def make():
    np.random.seed(5)
    return Unit(), (Tensor(np.random.rand(3).astype(np.float32)),)
