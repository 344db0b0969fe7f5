# case: min/max observer derives scale/zero point in a helper via .asnumpy() and Python float math -> compile error at line 8
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def _qparams_from_range(min_val, max_val, num_bits):
    lo = float(min_val.asnumpy())
    hi = float(max_val.asnumpy())
    qmax = 2 ** num_bits - 1
    scale = max(hi - lo, 1e-8) / qmax
    zero_point = int(round(-lo / scale))
    return scale, zero_point


class MinMaxFakeQuant(nn.Cell):
    def __init__(self, num_bits=8):
        super().__init__()
        self.num_bits = num_bits
        self.min_val = Parameter(Tensor(0.0, ms.float32), name="min_val", requires_grad=False)
        self.max_val = Parameter(Tensor(0.0, ms.float32), name="max_val", requires_grad=False)

    def construct(self, x):
        ops.assign(self.min_val, ops.minimum(self.min_val, x.min()))
        ops.assign(self.max_val, ops.maximum(self.max_val, x.max()))
        scale, zp = _qparams_from_range(self.min_val, self.max_val, self.num_bits)
        q = ops.clamp(ops.round(x / scale) + zp, 0, 2 ** self.num_bits - 1)
        return (q - zp) * scale


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return MinMaxFakeQuant(num_bits=8), (x,)
