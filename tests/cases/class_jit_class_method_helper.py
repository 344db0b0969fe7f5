# case: a @ms.jit_class helper created in __init__ with a regular method doing tensor math (layer-norm style), called from construct; jit_class methods are compiled, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class Normalizer:
    def __init__(self, eps):
        self.eps = eps

    def normalize(self, x):
        mu = x.mean(axis=-1, keep_dims=True)
        var = ((x - mu) ** 2).mean(axis=-1, keep_dims=True)
        return (x - mu) / ops.sqrt(var + self.eps)


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.norm = Normalizer(1e-5)
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        return self.fc(self.norm.normalize(x))


def make():
    return Encoder(), (Tensor(np.random.randn(3, 4).astype(np.float32)),)
