# case: functools.partial over masked_select at module level, called from construct
import functools
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P

pick = functools.partial(ops.masked_select)


class Net(nn.Cell):
    def construct(self, x):
        kept = pick(x, x > 0)
        return kept * 2


def make():
    return Net(), (Tensor(np.array([0, -2, 3, 1], np.float32)),)
