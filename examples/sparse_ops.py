"""Sparse ops whose kernels exist on some devices only."""
import numpy as np
import mindspore as ms
from mindspore import CSRTensor, nn, ops


class SparseProduct(nn.Cell):
    def construct(self, indptr, indices, values):
        csr = CSRTensor(indptr, indices, values, (4, 4))
        return ops.csr_mm(csr, csr)  # expect: MSG301  # expect[LAX]: MSG103


def make_sparse_product():
    indptr = ms.Tensor(np.array([0, 1, 2, 2, 2], np.int32))
    indices = ms.Tensor(np.array([1, 3], np.int32))
    values = ms.Tensor(np.array([1.0, 2.0], np.float32))
    return SparseProduct(), (indptr, indices, values)
