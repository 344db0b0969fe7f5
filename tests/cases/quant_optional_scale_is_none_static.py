# case: quantize with an optional precomputed scale argument; `if scale is None` computes it from the data -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Int8Quantize(nn.Cell):
    def __init__(self, narrow_range=True):
        super().__init__()
        self.qmin = -127.0 if narrow_range else -128.0
        self.qmax = 127.0

    def construct(self, x, scale=None):
        if scale is None:
            scale = ops.amax(ops.abs(x), axis=-1, keepdims=True) / self.qmax
        q = ops.clamp(ops.round(x / scale), self.qmin, self.qmax)
        return q.astype(ms.int8), scale


class QuantizedLinearInput(nn.Cell):
    def __init__(self):
        super().__init__()
        self.quant = Int8Quantize()

    def construct(self, x):
        q, s = self.quant(x)
        return q.astype(ms.float32) * s


def make():
    np.random.seed(17)
    x = Tensor(np.random.randn(5, 9).astype(np.float32))
    return QuantizedLinearInput(), (x,)
