# case: a constant ops.ones tensor read between int32 bounds -> dynamic shape at line 11
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, v, n):
        lo = ops.floor(v).astype(ms.int32)
        frame = ops.ones((8,), ms.float32)
        return frame[lo[0]:lo[1]].sum()


def make():
    return Net(), (Tensor(np.array([1.2, 4.7, 2.0, 3.0], np.float32)), Tensor(np.array([3, 5], np.int32)))
