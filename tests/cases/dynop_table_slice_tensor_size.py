# case: ops.slice with a size taken from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x, k):
        n = int(k)
        return ops.slice(x, (0,), (n,)) * 2


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32)), Tensor(3, ms.int32))
