# case: multiplies a CSRTensor elementwise by a dense tensor (csr * dense) and sums the result's values; compiles statically on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, CSRTensor


class CSRReweight(nn.Cell):
    def construct(self, indptr, indices, values, w):
        csr = CSRTensor(indptr, indices, values, (2, 3))
        out = csr * w
        return out.values.sum()


def make():
    indptr = Tensor(np.array([0, 1, 3], np.int32))
    indices = Tensor(np.array([2, 0, 1], np.int32))
    values = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
    w = Tensor(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], np.float32))
    return CSRReweight(), (indptr, indices, values, w)
