# case: a helper returns two Python floats computed from .asnumpy(); construct unpacks them -> LAX dynamic at the helper and the unpacking
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _stats(x):
    arr = x.asnumpy()
    return float(arr.min()), float(arr.max())


class Net(nn.Cell):
    def construct(self, x):
        lo, hi = _stats(x)
        y = x * 2
        return y, lo


def make():
    return Net(), (Tensor(np.random.randn(4, 8).astype(np.float32)),)
