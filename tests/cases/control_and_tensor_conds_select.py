# case: and of two tensor conditions, same-shape result
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Both(nn.Cell):
    def construct(self, x, y):
        if x.sum() > 0 and y.sum() > 0:
            out = x + y
        else:
            out = x - y
        return out


def make():
    return Both(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)), Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)))
