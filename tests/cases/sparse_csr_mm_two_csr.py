# case: ops.csr_mm multiplying two CSRTensors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class SpGemm(nn.Cell):
    def construct(self, ptr, col, val):
        a = CSRTensor(ptr, col, val, (3, 3))
        c = ops.csr_mm(a, a)
        return c.values


def make():
    return SpGemm(), (Tensor(np.array([0, 1, 2, 3], np.int32)), Tensor(np.array([1, 2, 0], np.int32)),
                      Tensor(np.array([1.0, 2.0, 3.0], np.float32)))
