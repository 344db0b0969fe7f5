# case: a while loop on a Python counter that concatenates (unrolled?, hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        i = 0
        out = x
        while i < 2:
            out = ops.concat((out, x), 1)
            i += 1
        return out


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 4),)
