# case: python counter compared to a tensor bound, concat growth
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Accum(nn.Cell):
    def construct(self, x, n):
        i = 0
        out = x
        while i < n:
            out = ops.concat((out, x))
            i = i + 1
        return out


def make():
    return Accum(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)), Tensor(np.array(2, np.int64)))
