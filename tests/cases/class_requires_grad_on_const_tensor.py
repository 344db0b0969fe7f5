# case: sets requires_grad = False on a constant tensor built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scale(nn.Cell):
    def construct(self, x):
        w = ops.ones((2, 3), ms.float32)
        w.requires_grad = False
        return x * w


def make():
    return Scale(), (Tensor(np.ones((2, 3), np.float32)),)
