# case: ops.dense_to_sparse_csr on a dense argument
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ToCsr(nn.Cell):
    def construct(self, x):
        s = ops.dense_to_sparse_csr(x)
        return s.values


def make():
    return ToCsr(), (Tensor(np.array([[0, 2.0], [3.0, 0]], np.float32)),)
