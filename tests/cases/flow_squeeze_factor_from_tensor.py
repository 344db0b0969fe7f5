# case: squeeze layer whose factor arrives as a tensor input and is converted with int() to build reshape sizes -> tensor value used as a shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveSqueeze(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, x, factor):
        f = int(factor)
        b, c, h, w = x.shape
        x = x.reshape(b, c, h // f, f, w // f, f)
        x = x.transpose(0, 1, 3, 5, 2, 4)
        return x.reshape(b, c * f * f, h // f, w // f)


def make():
    np.random.seed(9)
    x = Tensor(np.random.randn(1, 2, 8, 8).astype(np.float32))
    return AdaptiveSqueeze(), (x, Tensor(2, ms.int32))
