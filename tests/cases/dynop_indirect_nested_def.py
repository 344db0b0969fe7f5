# case: a function defined inside construct calls ops.unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor
from mindspore.ops import operations as P


class Net(nn.Cell):
    def construct(self, x):
        def distinct(v):
            out, _ = ops.unique(v)
            return out
        return distinct(x) * 2


def make():
    return Net(), (Tensor(np.array([4, 4, 1, 7, 1], np.int32)),)
