# case: EMA min/max activation observer keeps running stats in Parameters updated with ops.assign only in training -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EMAMinMaxFakeQuant(nn.Cell):
    def __init__(self, num_bits=8, ema_decay=0.99, symmetric=False):
        super().__init__()
        self.ema_decay = ema_decay
        self.symmetric = symmetric
        self.quant_min = -(2 ** (num_bits - 1)) if symmetric else 0
        self.quant_max = 2 ** (num_bits - 1) - 1 if symmetric else 2 ** num_bits - 1
        self.min_val = Parameter(Tensor(-1.0, ms.float32), name="min_val", requires_grad=False)
        self.max_val = Parameter(Tensor(1.0, ms.float32), name="max_val", requires_grad=False)

    def _update(self, x):
        d = self.ema_decay
        ops.assign(self.min_val, d * self.min_val + (1 - d) * x.min())
        ops.assign(self.max_val, d * self.max_val + (1 - d) * x.max())

    def _qparams(self):
        lo = ops.minimum(self.min_val, 0.0)
        hi = ops.maximum(self.max_val, 0.0)
        scale = (hi - lo) / float(self.quant_max - self.quant_min)
        zero_point = self.quant_min - ops.round(lo / scale)
        return scale, zero_point

    def construct(self, x):
        if self.training:
            self._update(x)
        scale, zp = self._qparams()
        q = ops.clamp(ops.round(x / scale) + zp, self.quant_min, self.quant_max)
        return (q - zp) * scale


def make():
    np.random.seed(100)
    net = EMAMinMaxFakeQuant()
    net.set_train(True)
    return net, (Tensor(np.random.randn(4, 8).astype(np.float32)),)
