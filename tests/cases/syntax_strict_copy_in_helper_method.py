# case: copy.deepcopy of tensor data in a helper method
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
import copy


class Net(nn.Cell):
    def construct(self, x, k):
        return self._clone(x) + k

    def _clone(self, t):
        return copy.deepcopy(t)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
