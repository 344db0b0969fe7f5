# case: CSRTensor passed in; construct applies relu to .values and rebuilds a CSRTensor with the same indptr/indices, then to_dense(); static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, CSRTensor
from mindspore import ops as P


class SparseAct(nn.Cell):
    def __init__(self, scale=2.0):
        super().__init__()
        self.scale = scale

    def construct(self, m):
        vals = P.relu(m.values) * self.scale
        out = CSRTensor(m.indptr, m.indices, vals, m.shape)
        return out.to_dense()


def make():
    indptr = Tensor(np.array([0, 2, 2, 3], np.int32))
    indices = Tensor(np.array([0, 3, 1], np.int32))
    values = Tensor(np.array([-1.0, 2.0, 3.0], np.float32))
    return SparseAct(), (CSRTensor(indptr, indices, values, (3, 4)),)
