# case: scientific solver squares a sparse stencil by multiplying two CSRTensors with csr.mm on CPU; expect error (or dynamic nnz) at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class Net(nn.Cell):
    def __init__(self, n=4):
        super().__init__()
        self.shape = (n, n)

    def construct(self, indptr, indices, values, x):
        a = CSRTensor(indptr, indices, values, self.shape)
        a2 = a.mm(a)
        return a2.to_dense() @ x


def make():
    indptr = Tensor(np.array([0, 2, 4, 6, 8], np.int32))
    indices = Tensor(np.array([0, 1, 1, 2, 2, 3, 0, 3], np.int32))
    values = Tensor(np.array([2.0, -1.0, 2.0, -1.0, 2.0, -1.0, -1.0, 2.0], np.float32))
    x = Tensor(np.random.rand(4, 2).astype(np.float32))
    return Net(), (indptr, indices, values, x)
