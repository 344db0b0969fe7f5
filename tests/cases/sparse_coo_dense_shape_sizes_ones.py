# case: `coo.shape[0]` of a COOTensor is its dense shape, a tuple fixed when it is built, though its number of stored values comes from data: `ops.ones((coo.shape[0], 1))` is static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, h):
        adj = ops.dense_to_sparse_coo(x)
        degree = ops.ones((adj.shape[0], 1), ms.float32)
        return h / degree, adj.values


def make():
    x = Tensor(np.array([[0, 1, 0], [2, 0, 0], [0, 0, 3]], np.float32))
    return Net(), (x, Tensor(np.ones((3, 4), np.float32)))
