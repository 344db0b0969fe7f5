# case: ops.chunk of what masked_select returns (a data-dependent length on the split axis) -> fails to compile at the chunk, not just dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        y = ops.masked_select(x, x > 0)
        a, b = ops.chunk(y, 2, axis=0)
        return a.sum() + b.sum()


def make():
    return Net(), (Tensor(np.array([1.0, -2.0, 3.0, 4.0, -1.0, 2.0], np.float32)),)
