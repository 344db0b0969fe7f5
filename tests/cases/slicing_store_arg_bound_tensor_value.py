# case: a prefix of an argument length written with the same prefix of the input -> dynamic or error at line 10
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, v, n):
        frame = ops.zeros((8,), ms.float32)
        frame[:n[0]] = v[:n[0]]
        return frame


def make():
    return Net(), (Tensor(np.array([1.2, 4.7, 2.0, 3.0], np.float32)), Tensor(np.array([3, 5], np.int32)))
