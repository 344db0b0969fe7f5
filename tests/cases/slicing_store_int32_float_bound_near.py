# case: a store at constant bounds of values from a floor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, v, n):
        a = ops.floor(v)
        frame = ops.zeros((8,), ms.float32)
        frame[:2] = a[:2]
        return frame


def make():
    return Net(), (Tensor(np.array([1.2, 4.7, 2.0, 3.0], np.float32)), Tensor(np.array([3, 5], np.int32)))
