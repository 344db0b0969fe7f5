# case: ops.diff with a tensor order n (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, n):
        return ops.diff(x, n)


def make():
    return Net(), (Tensor(np.array([1.0, 3.0, -1.0, 0.0, 4.0], np.float32)), Tensor(2, ms.int32))
