# case: F.masked_select from mindspore.ops.functional with a mask argument
import numpy as np
import mindspore as ms
from mindspore import nn
from mindspore.ops import functional as F


class Keep(nn.Cell):
    def construct(self, x, m):
        return F.masked_select(x, m).sum()


def make():
    return Keep(), (ms.Tensor(np.arange(4, dtype=np.float32)), ms.Tensor(np.array([1, 0, 1, 1], np.bool_)))
