# case: mint.nonzero with as_tuple=True
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor

class NZ(nn.Cell):
    def construct(self, x):
        rows, cols = mint.nonzero(x > 0, as_tuple=True)
        return rows + cols


def make():
    return NZ(), (Tensor(np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)),)
