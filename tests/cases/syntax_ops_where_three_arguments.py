# case: `ops.where(mask, x, zeros)` with all three arguments is the elementwise choice: static shape, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, depth):
        return ops.where(depth > 0, depth, ops.zeros_like(depth))


def make():
    return Net(), (Tensor(np.array([1.0, -1.0, 2.0], np.float32)),)
