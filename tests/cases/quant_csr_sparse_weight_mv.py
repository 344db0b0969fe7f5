# case: compressed sparse-row weights (indptr, indices, values) wrapped in a CSRTensor inside construct and multiplied by a dense vector -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class CSRLinear(nn.Cell):
    def __init__(self, rows=4, cols=5):
        super().__init__()
        self.dense_shape = (rows, cols)

    def construct(self, indptr, indices, values, vec):
        w = CSRTensor(indptr, indices, values, self.dense_shape)
        return w.mv(vec)


def make():
    np.random.seed(37)
    indptr = Tensor(np.array([0, 2, 3, 3, 5], dtype=np.int32))
    indices = Tensor(np.array([0, 3, 1, 2, 4], dtype=np.int32))
    values = Tensor(np.random.randn(5).astype(np.float32))
    vec = Tensor(np.random.randn(5, 1).astype(np.float32))
    return CSRLinear(), (indptr, indices, values, vec)
