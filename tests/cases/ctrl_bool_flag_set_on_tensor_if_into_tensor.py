# case: a Python bool set to False on one arm of an if on tensor data, then made a Tensor: where the arms meet the flag is a variable of the graph, so Tensor() of it falls back at LAX and fails at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Screen(nn.Cell):
    def construct(self, x):
        ok = True
        if x.max() > 0.8:
            ok = False
        return x * 2.0, Tensor(ok, ms.bool_)


def make():
    np.random.seed(2)
    return Screen(), (Tensor(np.random.rand(5).astype(np.float32)),)
