# case: a Python bool set to the same value on both arms of an if on tensor data, then made a Tensor: it stays a constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Screen(nn.Cell):
    def construct(self, x):
        if x.max() > 0.8:
            ok = False
            x = x * 0.5
        else:
            ok = False
        return x * 2.0, Tensor(ok, ms.bool_)


def make():
    np.random.seed(2)
    return Screen(), (Tensor(np.random.rand(5).astype(np.float32)),)
