# case: CSRTensor built in construct from indptr/indices/values then CSRTensor.mv with a dense vector on CPU; static nnz -> static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class SparseLinear(nn.Cell):
    def __init__(self, rows=3, cols=4):
        super().__init__()
        self.shape = (rows, cols)
        self.bias = ms.Parameter(Tensor(np.zeros((rows, 1), np.float32)), name="bias")

    def construct(self, indptr, indices, values, vec):
        mat = CSRTensor(indptr, indices, values, self.shape)
        y = mat.mv(vec)
        return ops.relu(y + self.bias)


def make():
    indptr = Tensor(np.array([0, 1, 2, 4], np.int32))
    indices = Tensor(np.array([0, 3, 1, 2], np.int32))
    values = Tensor(np.array([1.0, 2.0, 3.0, 4.0], np.float32))
    vec = Tensor(np.ones((4, 1), np.float32))
    return SparseLinear(), (indptr, indices, values, vec)
