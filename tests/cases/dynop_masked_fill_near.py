# case: ops.masked_fill with a comparison mask (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Clean(nn.Cell):
    def construct(self, x):
        return ops.masked_fill(x, x < 0, 0.0)


def make():
    return Clean(), (Tensor(np.array([1.0, -1.0, 2.0], np.float32)),)
