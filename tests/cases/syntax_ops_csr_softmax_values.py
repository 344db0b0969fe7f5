# case: ops.csr_softmax of a CSRTensor built from inputs, returning the values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class Net(nn.Cell):
    def construct(self, indptr, indices, values):
        csr = CSRTensor(indptr, indices, values, (2, 6))
        out = ops.csr_softmax(csr, ms.float32)
        return out.values


def make():
    return Net(), (Tensor(np.array([0, 4, 6], np.int32)),
                   Tensor(np.array([0, 2, 3, 4, 3, 4], np.int32)),
                   Tensor(np.array([1, 2, 3, 4, 1, 2], np.float32)))
