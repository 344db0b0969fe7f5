# case: a slice at a tensor bound of a slice at another tensor bound -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Head(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = 2.0

    def construct(self, x, k):
        n = int(k)
        y = x[:, n:]
        return y[:, :, :n + 1] * self.scale


def make():
    np.random.seed(3)
    x = Tensor(np.random.randn(4, 8, 8).astype(np.float32))
    return Head(), (x, Tensor(2, ms.int32))
