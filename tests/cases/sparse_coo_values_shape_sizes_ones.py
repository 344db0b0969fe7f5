# case: `coo.values.shape[0]` is the number of stored values, which `dense_to_sparse_coo` takes from data: `ops.ones` sized by it has a data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        adj = ops.dense_to_sparse_coo(x)
        weights = ops.ones((adj.values.shape[0], 1), ms.float32)
        return weights


def make():
    x = Tensor(np.array([[0, 1, 0], [2, 0, 0], [0, 0, 3]], np.float32))
    return Net(), (x,)
