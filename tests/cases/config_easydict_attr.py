# case: EasyDict-style dict subclass with __getattr__ stored on the Cell; construct reads cfg.eps / cfg.momentum via attribute access; the constant object resolves at compile time -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EasyDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError as e:
            raise AttributeError(name) from e

    def __setattr__(self, name, value):
        self[name] = value


class Standardize(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cfg = EasyDict(eps=1e-5, momentum=0.9, axis=0)

    def construct(self, x):
        mu = x.mean(axis=self.cfg.axis, keep_dims=True)
        var = ((x - mu) ** 2).mean(axis=self.cfg.axis, keep_dims=True)
        return (x - mu) / ops.sqrt(var + self.cfg.eps) * self.cfg.momentum


def make():
    return Standardize(), (Tensor(np.random.randn(6, 3).astype(np.float32)),)
