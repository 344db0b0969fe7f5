# case: builds a CSRTensor from indptr/indices/values inputs with a constant dense shape and multiplies by a vector with ops.csr_mv on CPU -> expected static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor

ROWS, COLS = 4, 6


class SparseLinear(nn.Cell):
    def __init__(self):
        super().__init__()
        self.bias = ms.Parameter(Tensor(np.zeros((ROWS, 1), np.float32)))

    def construct(self, indptr, indices, values, vec):
        w = CSRTensor(indptr, indices, values, (ROWS, COLS))
        out = w.mv(vec)
        return ops.relu(out + self.bias)


def make():
    indptr = Tensor(np.array([0, 2, 3, 5, 6], np.int32))
    indices = Tensor(np.array([0, 3, 1, 2, 5, 4], np.int32))
    values = Tensor(np.random.rand(6).astype(np.float32))
    vec = Tensor(np.random.rand(COLS, 1).astype(np.float32))
    return SparseLinear(), (indptr, indices, values, vec)
