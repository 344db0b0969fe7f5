# case: a reshape with a size from a tensor after a slice at a tensor bound -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Head(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = 2.0

    def construct(self, x, k):
        n = int(k)
        y = x[:n]
        z = y.reshape(n * 2, -1)
        return z * self.scale


def make():
    np.random.seed(3)
    x = Tensor(np.random.randn(4, 8, 8).astype(np.float32))
    return Head(), (x, Tensor(2, ms.int32))
