# case: slice assignment x[:, k:] = 0 with a tensor column start
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class MaskCols(nn.Cell):
    def construct(self, x, k):
        x[:, k:] = 0
        return x


def make():
    return MaskCols(), (Tensor(np.ones((3, 5), np.float32)), Tensor(2, ms.int64))
