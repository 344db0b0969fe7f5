# case: RowTensor built in construct, values returned
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore import COOTensor, CSRTensor, RowTensor

class Net(nn.Cell):
    def construct(self, i, v):
        s = RowTensor(i, v, (4, 2))
        return s.values * 2


def make():
    return Net(), (Tensor(np.array([0, 2], np.int32)), Tensor(np.ones((2, 2), np.float32)))
