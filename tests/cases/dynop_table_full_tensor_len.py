# case: ops.full with a length taken from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x, k):
        n = int(k)
        return ops.full((n,), 2.0) + x.sum()


def make():
    return Net(), (Tensor(np.arange(4, dtype=np.float32)), Tensor(3, ms.int32))
