# case: two COOTensors built in construct and added with ops.coo_add (thresholded sparse add); the result nnz is data-dependent -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor

SHAPE = (3, 4)


class SparseMerge(nn.Cell):
    def __init__(self):
        super().__init__()
        self.thresh = Tensor(0.0, ms.float32)

    def construct(self, i1, v1, i2, v2):
        a = COOTensor(i1, v1, SHAPE)
        b = COOTensor(i2, v2, SHAPE)
        c = ops.coo_add(a, b, self.thresh)
        return c.values, c.indices


def make():
    i1 = Tensor(np.array([[0, 1], [1, 2]], np.int64))
    v1 = Tensor(np.array([1.0, 2.0], np.float32))
    i2 = Tensor(np.array([[0, 1], [2, 3]], np.int64))
    v2 = Tensor(np.array([3.0, 4.0], np.float32))
    return SparseMerge(), (i1, v1, i2, v2)
