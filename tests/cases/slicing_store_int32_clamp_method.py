# case: a column offset cast to int32 and clamped writes a region -> compile error at line 11
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, v, n):
        a = ops.floor(v).astype(ms.int32).clamp(0, 7)
        frame = ops.zeros((8, 8), ms.float32)
        frame[:, a[1]:] = 1.0
        return frame


def make():
    return Net(), (Tensor(np.array([1.2, 4.7, 2.0, 3.0], np.float32)), Tensor(np.array([3, 5], np.int32)))
