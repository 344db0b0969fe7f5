# case: COOTensor passed in as a construct argument
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore import COOTensor, CSRTensor, RowTensor

class Net(nn.Cell):
    def construct(self, s):
        return s.to_dense() + 1


def make():
    return Net(), (COOTensor(Tensor(np.array([[0, 1], [2, 3]], np.int32)), Tensor(np.array([1.0, 2.0], np.float32)), (4, 4)),)
