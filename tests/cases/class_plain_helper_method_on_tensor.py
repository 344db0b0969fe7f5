# case: a plain (non-jit_class) helper object stored on the cell has a __call__ doing tensor math, called from construct; graph mode compiles the call statically at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Normalizer:
    def __init__(self, eps):
        self.eps = eps

    def __call__(self, x):
        mu = x.mean(axis=-1, keep_dims=True)
        var = ((x - mu) ** 2).mean(axis=-1, keep_dims=True)
        return (x - mu) / ops.sqrt(var + self.eps)


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.norm = Normalizer(1e-5)
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        return self.fc(self.norm(x))


def make():
    return Encoder(), (Tensor(np.random.randn(3, 4).astype(np.float32)),)
