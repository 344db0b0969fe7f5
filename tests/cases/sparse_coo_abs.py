# case: COOTensor.abs then values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore import COOTensor, CSRTensor, RowTensor

class Net(nn.Cell):
    def construct(self, i, v):
        s = COOTensor(i, -v, (4, 4))
        return s.abs().values


def make():
    return Net(), (Tensor(np.array([[0, 1], [2, 3]], np.int64)), Tensor(np.array([1.0, 2.0], np.float32)))
