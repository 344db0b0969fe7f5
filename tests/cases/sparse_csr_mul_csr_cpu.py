# case: ops.csr_mul of a CSR with a dense broadcast
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Mul(nn.Cell):
    def construct(self, vals, d):
        indptr = Tensor(np.array([0, 1, 2], np.int32))
        indices = Tensor(np.array([0, 1], np.int32))
        csr = ms.CSRTensor(indptr, indices, vals, (2, 2))
        return ops.csr_mul(csr, d)


def make():
    return Mul(), (Tensor(np.array([1.0, 2.0], np.float32)), Tensor(np.ones((2, 2), np.float32)))
