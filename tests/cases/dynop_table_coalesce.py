# case: ops.coalesce on COO parts passed in
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, indices, values):
        out_i, out_v, shape = ops.coalesce(indices, values, Tensor(np.array([3, 3], np.int64)))
        return out_v * 2


def make():
    return Net(), (Tensor(np.array([[0, 0, 1], [1, 1, 2]], np.int64)), Tensor(np.array([1.0, 2.0, 3.0], np.float32)))
