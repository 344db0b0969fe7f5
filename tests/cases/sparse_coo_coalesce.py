# case: COOTensor.coalesce merging duplicate coordinates
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, COOTensor


class Merge(nn.Cell):
    def construct(self, idx, val):
        s = COOTensor(idx, val, (3, 3))
        return s.coalesce().values


def make():
    return Merge(), (Tensor(np.array([[0, 1], [0, 1], [2, 2]], np.int64)), Tensor(np.array([1.0, 2.0, 3.0], np.float32)))
