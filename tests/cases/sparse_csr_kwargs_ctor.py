# case: CSRTensor built with keyword arguments (indptr=, indices=, values=, shape=) and multiplied with a dense matrix
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class SparseProj(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 2)

    def construct(self, indptr, indices, values, x):
        a = CSRTensor(indptr=indptr, indices=indices, values=values, shape=(3, 4))
        return self.fc(a.mm(x))


def make():
    indptr = Tensor(np.array([0, 1, 3, 4], np.int32))
    indices = Tensor(np.array([0, 1, 3, 2], np.int32))
    vals = Tensor(np.array([1.0, 2.0, 0.5, 3.0], np.float32))
    return SparseProj(), (indptr, indices, vals, Tensor(np.random.randn(4, 2).astype(np.float32)))
