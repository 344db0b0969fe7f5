# case: if/elif/else on tensor values where only one branch pads
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Branchy(nn.Cell):
    def construct(self, x):
        m = x.max()
        if m > 3:
            out = ops.pad(x, (1, 1))
        elif m > 1:
            out = x * 2
        else:
            out = x
        return out


def make():
    return Branchy(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)),)
