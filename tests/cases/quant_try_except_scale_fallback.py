# case: quantizer wraps the scale division in try/except ZeroDivisionError to fall back to scale 1.0 -> error (try unsupported in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeSymmetricQuant(nn.Cell):
    def __init__(self, bits=8):
        super().__init__()
        self.qmax = 2 ** (bits - 1) - 1

    def construct(self, x):
        amax = ops.amax(ops.abs(x))
        try:
            scale = amax / self.qmax
        except ZeroDivisionError:
            scale = Tensor(1.0, ms.float32)
        return ops.round(x / scale) * scale


def make():
    np.random.seed(22)
    x = Tensor(np.random.randn(4, 4).astype(np.float32))
    return SafeSymmetricQuant(), (x,)
