# case: both tensor-condition branches pad by the same width
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class PadEither(nn.Cell):
    def construct(self, x):
        if x.sum() > 0:
            y = ops.pad(x, (1, 0))
        else:
            y = ops.pad(x, (0, 1))
        return y


def make():
    return PadEither(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)
