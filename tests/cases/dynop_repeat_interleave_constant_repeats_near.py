# case: near miss: a constant repeat count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, reps):
        y = ops.repeat_interleave(x, 2, 0)
        return y * 2


def make():
    return Net(), (Tensor(np.array([1.0, 2.0, 3.0], np.float32)), Tensor(np.array([1, 2, 1], np.int32)))
