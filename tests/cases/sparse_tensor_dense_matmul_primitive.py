# case: uses the SparseTensorDenseMatmul primitive from ops.operations with indices/values tensors and a constant dense shape tuple; a dense-output op with static shape
import numpy as np
import mindspore as ms
import mindspore.ops.operations as P
from mindspore import nn, Tensor


class SpMM(nn.Cell):
    def __init__(self, shape):
        super().__init__()
        self.shape = shape
        self.spmm = P.SparseTensorDenseMatmul()

    def construct(self, indices, values, dense):
        return self.spmm(indices, values, self.shape, dense)


def make():
    indices = Tensor(np.array([[0, 1], [1, 0], [2, 2]], np.int64))
    values = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
    dense = Tensor(np.random.randn(3, 2).astype(np.float32))
    return SpMM((3, 3)), (indices, values, dense)
