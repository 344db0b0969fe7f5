# case: ops.squeeze with an axis from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x, k):
        y = ops.squeeze(x.reshape(4, 1, 4), int(k) - 1)
        return y * 2


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4)), Tensor(2, ms.int32))
