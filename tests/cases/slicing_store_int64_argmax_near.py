# case: a prefix up to an argmax (int64) is written -> dynamic shape at line 11
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, v, n):
        k = ops.argmax(v)
        frame = ops.zeros((8,), ms.float32)
        frame[:k] = 1.0
        return frame


def make():
    return Net(), (Tensor(np.array([1.2, 4.7, 2.0, 3.0], np.float32)), Tensor(np.array([3, 5], np.int32)))
