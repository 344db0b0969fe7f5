# case: construct binds a local to a Parameter (w = self.scale_table) and hands it to a module helper whose .asnumpy() of it fails at both levels (a Parameter has no host copy in graph code), before anything after the call
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def _peak(t):
    host = t.asnumpy()
    return float(np.max(host)) + 1e-6


class Scaled(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale_table = Parameter(Tensor(np.random.rand(4).astype(np.float32)), name="scale_table")

    def construct(self, x):
        w = self.scale_table
        w = w / _peak(w)
        return (x * w).sum()


def make():
    return Scaled(), (Tensor(np.random.rand(2, 4).astype(np.float32)),)
