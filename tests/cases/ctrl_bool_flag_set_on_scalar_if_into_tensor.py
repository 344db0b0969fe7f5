# case: a Python bool set to False on one arm of an if on a Python float read from a Tensor (float(x.max()) > 0.8), then made a Tensor: the flag is a variable where the arms meet, Tensor() of it falls back at LAX and fails at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Screen(nn.Cell):
    def construct(self, x):
        peak = float(x.max())
        ok = True
        if peak > 0.8:
            ok = False
        return x * 2.0, Tensor(ok, ms.bool_)


def make():
    np.random.seed(2)
    return Screen(), (Tensor(np.random.rand(5).astype(np.float32)),)
