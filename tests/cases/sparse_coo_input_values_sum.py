# case: COOTensor passed in as an argument, values reduced
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class VSum(nn.Cell):
    def construct(self, coo):
        return coo.values.sum() + coo.indices.shape[0]


def make():
    coo = ms.COOTensor(Tensor(np.array([[0, 0], [1, 1]], np.int32)),
                       Tensor(np.array([2.0, 3.0], np.float32)), (2, 2))
    return VSum(), (coo,)
