# case: a Tensor kept on the Cell, read then replaced in construct; zeros_like of the read -> LAX error?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Carry(nn.Cell):
    def __init__(self):
        super().__init__()
        self.prev = ops.zeros((2, 4), ms.float32)

    def construct(self, x):
        prev = self.prev
        fill = ops.zeros_like(prev[:, :1])
        out = ops.concat([prev[:, 1:], fill], axis=1) + x
        self.prev = x
        return out


def make():
    return Carry(), (Tensor(np.ones((2, 4), np.float32)),)
