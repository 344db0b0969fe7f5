# case: np.log of an arange plus one built in construct -> LAX dynamic, STRICT error (the op result is no compile-time constant)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        t = ops.arange(4, dtype=ms.float32) + 1.0
        w = Tensor(np.log(t), ms.float32)
        return x * w


def make():
    return Net(), (Tensor(np.ones((4,), np.float32)),)
