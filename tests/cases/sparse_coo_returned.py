# case: construct builds a COOTensor from input indices and scaled values and returns the sparse tensor itself as the output; expected static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class ScaleSparse(nn.Cell):
    def __init__(self, shape=(3, 3), factor=0.5):
        super().__init__()
        self.shape = shape
        self.factor = factor

    def construct(self, indices, values):
        return COOTensor(indices, values * self.factor, self.shape)


def make():
    idx = Tensor(np.array([[0, 0], [1, 1], [2, 0]], np.int32))
    val = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
    return ScaleSparse(), (idx, val)
