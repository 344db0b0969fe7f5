# case: @ms.jit_class quant-param holder is created in construct and its scale attribute is overwritten for the narrow-range mode -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SymQParams:
    def __init__(self, scale, qmax):
        self.scale = scale
        self.qmax = qmax

    def fake_quant(self, x):
        q = ops.clamp(ops.round(x / self.scale), -self.qmax, self.qmax)
        return q * self.scale


class SymmetricWeightQuant(nn.Cell):
    def __init__(self, num_bits=8, narrow_range=True):
        super().__init__()
        self.qmax = 2 ** (num_bits - 1) - 1
        self.narrow_range = narrow_range

    def construct(self, w):
        qp = SymQParams(ops.abs(w).max() / self.qmax, self.qmax)
        if self.narrow_range:
            qp.scale = qp.scale * (self.qmax / (self.qmax - 1))
        return qp.fake_quant(w)


def make():
    np.random.seed(8)
    w = Tensor(np.random.randn(6, 4).astype(np.float32))
    return SymmetricWeightQuant(), (w,)
