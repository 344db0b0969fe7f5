# case: layer norm reads eps/affine flags from an @ms.jit_class config built in __init__ (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


@ms.jit_class
class NormConfig:
    def __init__(self, eps, affine):
        self.eps = eps
        self.affine = affine


class MyLayerNorm(nn.Cell):
    def __init__(self, dim=6):
        super().__init__()
        self.cfg = NormConfig(1e-5, True)
        self.w = Parameter(Tensor(np.ones(dim, np.float32)), name="w")

    def construct(self, x):
        mu = x.mean(axis=-1, keep_dims=True)
        var = ((x - mu) ** 2).mean(axis=-1, keep_dims=True)
        y = (x - mu) / ops.sqrt(var + self.cfg.eps)
        if self.cfg.affine:
            y = y * self.w
        return y


def make():
    return MyLayerNorm(), (Tensor(np.random.randn(3, 6).astype(np.float32)),)
