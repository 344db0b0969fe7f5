# case: emulates a sparse weight matrix with a dense weight times a constant 0/1 mask and a regular matmul, which is fully static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MaskedLinear(nn.Cell):
    def __init__(self, din, dout):
        super().__init__()
        self.weight = Parameter(Tensor(np.random.randn(dout, din).astype(np.float32)), name="w")
        mask = (np.random.rand(dout, din) > 0.7).astype(np.float32)
        self.mask = Tensor(mask)

    def construct(self, x):
        w = self.weight * self.mask
        return ops.matmul(x, w.T)


def make():
    return MaskedLinear(6, 3), (Tensor(np.random.randn(2, 6).astype(np.float32)),)
