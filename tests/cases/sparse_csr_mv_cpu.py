# case: CSR matrix times a dense vector with ops.csr_mv (hazard?)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        indptr = Tensor([0, 1, 2], ms.int32)
        indices = Tensor([0, 1], ms.int32)
        csr = ms.CSRTensor(indptr, indices, x[0, :2], (2, 3))
        return ops.csr_mv(csr, x[1].reshape(3, 1))


def make():
    return Net(), (Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)),)
