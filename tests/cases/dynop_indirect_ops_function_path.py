# case: ms.ops.function.masked_select by its full path
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x):
        kept = ms.ops.function.masked_select(x, x > 0)
        return kept * 2


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)
