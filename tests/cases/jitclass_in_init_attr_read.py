# case: @ms.jit_class config object built in __init__; construct reads its fields and calls its method; static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class NormSpec:
    def __init__(self, eps, axis):
        self.eps = eps
        self.axis = axis

    def rms(self, x):
        return ops.sqrt(ops.mean(x * x, self.axis, True) + self.eps)


class RMSNorm(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.spec = NormSpec(1e-6, -1)
        self.weight = ms.Parameter(Tensor(np.ones(dim, np.float32)), name="weight")

    def construct(self, x):
        return x / self.spec.rms(x) * self.weight


def make():
    return RMSNorm(), (Tensor(np.random.randn(2, 8).astype(np.float32)),)
