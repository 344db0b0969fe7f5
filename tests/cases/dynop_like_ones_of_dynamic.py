# case: ops.ones_like of a masked_select result
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        kept = ops.masked_select(x, x > 0)
        y = ops.ones_like(kept)
        return y * 2


def make():
    return Net(), (Tensor(np.array([1.0, -2.0, 3.0, 4.0], np.float32)),)
