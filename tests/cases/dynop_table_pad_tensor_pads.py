# case: ops.pad with a padding amount taken from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x, k):
        n = int(k)
        return ops.pad(x, (0, n))


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32)), Tensor(3, ms.int32))
