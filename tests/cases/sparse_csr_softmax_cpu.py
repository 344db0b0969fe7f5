# case: ops.csr_softmax on a constant-structure CSR
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Soft(nn.Cell):
    def construct(self, vals):
        indptr = Tensor(np.array([0, 2, 3], np.int32))
        indices = Tensor(np.array([0, 2, 1], np.int32))
        csr = ms.CSRTensor(indptr, indices, vals, (2, 3))
        return ops.csr_softmax(csr, ms.float32).values


def make():
    return Soft(), (Tensor(np.array([1.0, 2.0, 3.0], np.float32)),)
