# case: 2-D slice keeping the first k columns, k a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class FirstCols(nn.Cell):
    def construct(self, mat, k):
        return mat[:, :k]


def make():
    return FirstCols(), (Tensor(np.random.rand(3, 6).astype(np.float32)), Tensor(4, ms.int64))
