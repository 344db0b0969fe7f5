# case: mint.unique on an int tensor
import numpy as np
import mindspore as ms
from mindspore import nn, mint


class Uniq(nn.Cell):
    def construct(self, ids):
        return mint.unique(ids)


def make():
    return Uniq(), (ms.Tensor(np.array([3, 1, 3, 2], np.int64)),)
