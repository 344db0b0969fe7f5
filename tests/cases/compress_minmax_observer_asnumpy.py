# case: fake-quant layer whose min/max observer reads the activation range with .asnumpy() -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MinMaxObserver(nn.Cell):
    def __init__(self, num_bits=8, symmetric=False):
        super().__init__()
        self.num_bits = num_bits
        self.symmetric = symmetric
        self.qmax = float(2 ** num_bits - 1)

    def construct(self, x):
        arr = x.asnumpy()
        lo, hi = float(arr.min()), float(arr.max())
        if self.symmetric:
            bound = max(abs(lo), abs(hi))
            lo, hi = -bound, bound
        scale = (hi - lo) / self.qmax
        zero_point = round(-lo / scale)
        return scale, zero_point


class FakeQuantAct(nn.Cell):
    def __init__(self, num_bits=8):
        super().__init__()
        self.observer = MinMaxObserver(num_bits)
        self.qmax = float(2 ** num_bits - 1)

    def construct(self, x):
        scale, zp = self.observer(x)
        q = ops.clamp(ops.round(x / scale) + zp, 0.0, self.qmax)
        return (q - zp) * scale


def make():
    np.random.seed(3)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    return FakeQuantAct(), (x,)
