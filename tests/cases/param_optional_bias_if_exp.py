# case: near miss: a bias Parameter or None chosen by a flag, added only when it is not None: static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Affine(nn.Cell):
    def __init__(self, n, use_bias=True):
        super().__init__()
        self.weight = Parameter(ops.ones((n,), ms.float32), name="weight")
        self.bias = Parameter(ops.zeros((n,), ms.float32), name="bias") if use_bias else None

    def construct(self, x):
        out = x * self.weight
        if self.bias is not None:
            out = out + self.bias
        return out


def make():
    return Affine(4), (Tensor(np.random.rand(2, 4).astype(np.float32)),)
