# case: @ms.jit method multiplying a CSRTensor by a dense matrix (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class SpMM(nn.Cell):
    @ms.jit
    def construct(self, ptr, col, val, dense):
        a = CSRTensor(ptr, col, val, (2, 3))
        return a.mm(dense)


def make():
    return SpMM(), (Tensor(np.array([0, 2, 3], np.int32)), Tensor(np.array([0, 2, 1], np.int32)),
                    Tensor(np.array([1.0, 2.0, 3.0], np.float32)), Tensor(np.ones((3, 2), np.float32)))
