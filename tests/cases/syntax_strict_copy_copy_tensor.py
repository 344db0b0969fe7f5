# case: copy.copy of a tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
import copy


class Net(nn.Cell):
    def construct(self, x, k):
        y = copy.copy(x)
        return y + 1


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
