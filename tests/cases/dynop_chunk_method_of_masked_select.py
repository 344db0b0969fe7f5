# case: the Tensor method chunk of what masked_select returns (its one axis is data-sized) -> fails to compile at the chunk
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        pos = ops.masked_select(x, x > 0)
        head, tail = pos.chunk(2)
        return head.sum() - tail.sum()


def make():
    return Net(), (Tensor(np.array([1.0, -2.0, 3.0, 4.0, -1.0, 2.0], np.float32)),)
