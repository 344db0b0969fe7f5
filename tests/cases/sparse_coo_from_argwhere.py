# case: COOTensor whose indices come from argwhere of the input
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class ToCoo(nn.Cell):
    def construct(self, x):
        idx = ops.argwhere(x)
        vals = ops.gather_nd(x, idx)
        coo = ms.COOTensor(idx, vals, x.shape)
        return coo.to_dense()


def make():
    return ToCoo(), (Tensor(np.array([[0, 2.0, 0], [1.0, 0, 0]], np.float32)),)
