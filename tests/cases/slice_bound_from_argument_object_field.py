# case: a construct argument carrying its sharding layout (a record of Python ints), one field a slice bound
import collections
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

Sharded = collections.namedtuple("Sharded", ["local", "layout"])


class Head(nn.Cell):
    def construct(self, x, shard):
        rows = shard.layout[0]
        return x[:rows] * 2


def _inputs():
    return Tensor(np.ones((5, 3), np.float32)), Sharded(0, (2, 1))


def make():
    return Head(), _inputs()
