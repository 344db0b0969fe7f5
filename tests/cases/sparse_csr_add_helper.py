# case: csr_add performed in a helper method of the Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class Merge(nn.Cell):
    def _add(self, a, b):
        return ops.csr_add(a, b, Tensor(1.0, ms.float32), Tensor(2.0, ms.float32))

    def construct(self, ptr, col, val):
        a = CSRTensor(ptr, col, val, (3, 3))
        return self._add(a, a).values


def make():
    return Merge(), (Tensor(np.array([0, 1, 1, 2], np.int32)), Tensor(np.array([0, 2], np.int32)),
                     Tensor(np.array([1.0, 5.0], np.float32)))
