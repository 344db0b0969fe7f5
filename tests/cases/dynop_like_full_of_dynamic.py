# case: ops.full_like of a masked_select result -> dynamic at 9 and 10?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        kept = ops.masked_select(x, x > 0)
        y = ops.full_like(kept, 0.5)
        return y * 2


def make():
    return Net(), (Tensor(np.array([1.0, -2.0, 3.0, 4.0], np.float32)),)
