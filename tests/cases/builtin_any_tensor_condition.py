# case: builtin any() over a boolean tensor as an if-test; needs fallback: expect dynamic (PyExecute) at LAX, error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeLog(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x):
        bad = x <= 0
        if any(bad):
            x = ops.clamp(x, min=1e-6)
        return ops.log(x)


def make():
    return SafeLog(), (Tensor(np.array([0.5, 1.0, 2.0, 3.0], np.float32)),)
