# case: CSRTensor.mm with a dense matrix
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore import COOTensor, CSRTensor, RowTensor

class Net(nn.Cell):
    def construct(self, p, c, v):
        s = CSRTensor(p, c, v, (4, 4))
        return s.mm(ops.ones((4, 3), ms.float32))


def make():
    return Net(), (Tensor(np.array([0, 1, 2, 2, 2], np.int32)), Tensor(np.array([1, 3], np.int32)), Tensor(np.array([1.0, 2.0], np.float32)))
