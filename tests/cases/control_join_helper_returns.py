# case: helper method called from construct returns a tuple or a tensor under a tensor condition
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def select(self, h):
        if ops.reduce_max(h) > 3:
            return h, h
        return h

    def construct(self, x):
        out = self.select(x)
        return out


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
