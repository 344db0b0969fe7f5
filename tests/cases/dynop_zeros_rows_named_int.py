# case: ops.zeros with a row count bound to int(tensor), then added to
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        n = int(k) + 2
        z = ops.zeros((n, 3), ms.float32)
        return z + 1.0


def make():
    np.random.seed(16)
    return Net(), (Tensor(np.random.rand(4, 5).astype(np.float32)), Tensor(1, ms.int32))
