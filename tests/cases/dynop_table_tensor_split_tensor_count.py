# case: ops.tensor_split with a section count from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x, k):
        parts = ops.tensor_split(x, int(k))
        return parts[0] * 2


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32)), Tensor(2, ms.int32))
