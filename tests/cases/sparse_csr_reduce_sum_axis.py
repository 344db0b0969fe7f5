# case: CSRTensor.sum over rows
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class RowSum(nn.Cell):
    def construct(self, vals):
        indptr = Tensor(np.array([0, 1, 3], np.int32))
        indices = Tensor(np.array([1, 0, 2], np.int32))
        csr = ms.CSRTensor(indptr, indices, vals, (2, 3))
        return csr.sum(1)


def make():
    return RowSum(), (Tensor(np.array([1.0, 2.0, 3.0], np.float32)),)
