# case: ops.csr_add of two CSRTensors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore import COOTensor, CSRTensor, RowTensor

class Net(nn.Cell):
    def construct(self, p, c, v):
        s = CSRTensor(p, c, v, (4, 4))
        r = ops.csr_add(s, s, Tensor(1.0), Tensor(1.0))
        return r.values


def make():
    return Net(), (Tensor(np.array([0, 1, 2, 2, 2], np.int32)), Tensor(np.array([1, 3], np.int32)), Tensor(np.array([1.0, 2.0], np.float32)))
