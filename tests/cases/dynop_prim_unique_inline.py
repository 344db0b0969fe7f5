# case: P.Unique() instantiated inline in construct
import numpy as np
import mindspore as ms
from mindspore import nn
from mindspore.ops import operations as P


class Uniq(nn.Cell):
    def construct(self, ids):
        vals, _ = P.Unique()(ids)
        return vals


def make():
    return Uniq(), (ms.Tensor(np.array([4, 1, 4, 2, 1], np.int32)),)
