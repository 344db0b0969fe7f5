# case: module-level helper wrapping ops.unique_consecutive
import numpy as np
import mindspore as ms
from mindspore import nn, ops


def squeeze_runs(t):
    return ops.unique_consecutive(t)


class Runs(nn.Cell):
    def construct(self, t):
        return squeeze_runs(t)


def make():
    return Runs(), (ms.Tensor(np.array([1, 1, 2, 2, 3, 1], np.int64)),)
