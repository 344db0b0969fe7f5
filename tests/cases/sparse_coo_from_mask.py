# case: COOTensor indices built from ops.nonzero in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore import COOTensor, CSRTensor, RowTensor

class Net(nn.Cell):
    def construct(self, x):
        i = ops.nonzero(x)
        return COOTensor(i, x[x != 0], (4, 4)).to_dense()


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5),)
