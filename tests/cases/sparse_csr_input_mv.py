# case: CSRTensor passed as an argument and multiplied with a vector
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class MV(nn.Cell):
    def construct(self, csr, v):
        return csr.mv(v)


def make():
    csr = ms.CSRTensor(Tensor(np.array([0, 1, 2], np.int32)), Tensor(np.array([1, 0], np.int32)),
                       Tensor(np.array([2.0, 3.0], np.float32)), (2, 2))
    return MV(), (csr, Tensor(np.ones((2, 1), np.float32)))
