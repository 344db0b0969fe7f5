# case: constant-index COOTensor converted with to_csr
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Conv(nn.Cell):
    def construct(self, vals):
        idx = Tensor(np.array([[0, 1], [1, 0], [1, 2]], np.int32))
        coo = ms.COOTensor(idx, vals, (2, 3))
        return coo.to_csr().to_dense()


def make():
    return Conv(), (Tensor(np.array([1.0, 2.0, 3.0], np.float32)),)
