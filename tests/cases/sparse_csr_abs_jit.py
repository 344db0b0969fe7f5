# case: jit function builds a CSRTensor and takes abs
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

@ms.jit
def sabs(vals):
    indptr = Tensor(np.array([0, 1, 2], np.int32))
    indices = Tensor(np.array([1, 0], np.int32))
    csr = ms.CSRTensor(indptr, indices, vals, (2, 2))
    return csr.abs().to_dense()


def make():
    return sabs, (Tensor(np.array([-1.5, 2.0], np.float32)),)
