# case: a squeeze-style reshape by a factor from a tensor, transposed and reshaped back -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Head(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = 2.0

    def construct(self, x, k):
        f = int(k)
        b, h, w = x.shape
        y = x.reshape(b, h // f, f, w // f, f).transpose(0, 2, 4, 1, 3)
        return y.reshape(b * f * f, h // f, w // f) * self.scale


def make():
    np.random.seed(3)
    x = Tensor(np.random.randn(4, 8, 8).astype(np.float32))
    return Head(), (x, Tensor(2, ms.int32))
