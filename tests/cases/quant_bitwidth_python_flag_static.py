# case: bit-width chosen by a constructor int; branches on self.bits are resolved at compile time -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UniformQuantizer(nn.Cell):
    def __init__(self, bits=4, symmetric=True):
        super().__init__()
        self.bits = bits
        self.symmetric = symmetric

    def construct(self, x):
        if self.bits >= 16:
            return x.astype(ms.float16).astype(ms.float32)
        if self.symmetric:
            qmax = 2 ** (self.bits - 1) - 1
            scale = ops.amax(ops.abs(x)) / qmax
            return ops.clamp(ops.round(x / scale), -qmax, qmax) * scale
        lo = ops.amin(x)
        hi = ops.amax(x)
        scale = (hi - lo) / (2 ** self.bits - 1)
        return ops.round((x - lo) / scale) * scale + lo


class TwoPathQuant(nn.Cell):
    def __init__(self):
        super().__init__()
        self.act_q = UniformQuantizer(8, symmetric=False)
        self.w_q = UniformQuantizer(4, symmetric=True)

    def construct(self, x, w):
        return ops.matmul(self.act_q(x), self.w_q(w))


def make():
    np.random.seed(5)
    x = Tensor(np.random.rand(3, 8).astype(np.float32))
    w = Tensor(np.random.randn(8, 4).astype(np.float32))
    return TwoPathQuant(), (x, w)
