# case: a suffix from an ops.cast(..., ms.int32) offset is written -> compile error at line 11 on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, v, n):
        k = ops.cast(ops.floor(v[0]), ms.int32)
        frame = ops.zeros((8,), ms.float32)
        frame[k:] = 1.0
        return frame


def make():
    return Net(), (Tensor(np.array([1.2, 4.7, 2.0, 3.0], np.float32)), Tensor(np.array([3, 5], np.int32)))
