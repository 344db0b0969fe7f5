# case: optional argument tested against None before concatenation
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Join(nn.Cell):
    def construct(self, x, extra=None):
        if extra is not None:
            x = ops.concat((x, extra))
        return x


def make():
    return Join(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)
