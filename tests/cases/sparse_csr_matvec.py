# case: constructs a CSRTensor from indptr/indices/values in construct and multiplies it with a dense column vector via .mv(); this compiles statically on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, CSRTensor


class SparseLinear(nn.Cell):
    def __init__(self, rows, cols):
        super().__init__()
        self.dense_shape = (rows, cols)

    def construct(self, indptr, indices, values, vec):
        mat = CSRTensor(indptr, indices, values, self.dense_shape)
        return mat.mv(vec)


def make():
    indptr = Tensor(np.array([0, 1, 2, 4], np.int32))
    indices = Tensor(np.array([0, 2, 1, 3], np.int32))
    values = Tensor(np.array([1.0, 2.0, 3.0, 4.0], np.float32))
    vec = Tensor(np.ones((4, 1), np.float32))
    return SparseLinear(3, 4), (indptr, indices, values, vec)
