# case: the same store with .long() (int64) bounds -> dynamic shape at lines 10 and 12
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, v, n):
        top = ops.minimum(ops.floor(v[0]).long(), 6)
        span = ops.arange(8)[:top + 1]
        frame = ops.zeros((8,), ms.float32)
        frame[top:top + 2] = 1.0
        return frame, span.sum()


def make():
    return Net(), (Tensor(np.array([1.2, 4.7, 2.0, 3.0], np.float32)), Tensor(np.array([3, 5], np.int32)))
