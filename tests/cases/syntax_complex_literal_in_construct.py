# case: a complex literal scaling a complex tensor in construct -> refused: graph mode has no complex constant
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Rotate(nn.Cell):
    def __init__(self):
        super().__init__()
        self.complex = ops.Complex()

    def construct(self, re, im):
        z = self.complex(re, im)
        z = z * 1j
        return ops.real(z), ops.imag(z)


def make():
    np.random.seed(1)
    re = Tensor(np.random.rand(4).astype(np.float32))
    return Rotate(), (re, re * 2)
