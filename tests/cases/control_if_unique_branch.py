# case: ops.unique used only in one branch of a tensor condition
import numpy as np
import mindspore as ms
from mindspore import nn, ops


class Dedup(nn.Cell):
    def construct(self, ids, flag):
        if flag > 0:
            out = ops.unique(ids)[0]
        else:
            out = ids
        return out


def make():
    return Dedup(), (ms.Tensor(np.array([2, 2, 5, 1], np.int32)), ms.Tensor(1, ms.int64))
