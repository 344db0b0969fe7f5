# case: builds a CSRTensor in construct, calls .to_dense() and reduces rows; CSR to dense conversion compiles statically on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class CSRRowSum(nn.Cell):
    def construct(self, indptr, indices, values):
        csr = CSRTensor(indptr, indices, values, (3, 5))
        dense = csr.to_dense()
        return dense.sum(axis=1)


def make():
    indptr = Tensor(np.array([0, 2, 3, 5], np.int32))
    indices = Tensor(np.array([0, 4, 2, 1, 3], np.int32))
    values = Tensor(np.array([1.0, 1.0, 2.0, 3.0, 4.0], np.float32))
    return CSRRowSum(), (indptr, indices, values)
