# case: per-tensor asymmetric fake quantisation with min/max observer from reductions and a straight-through estimator -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FakeQuantSTE(nn.Cell):
    def __init__(self, num_bits=8, narrow_range=False, eps=1e-8):
        super().__init__()
        self.quant_min = 1.0 if narrow_range else 0.0
        self.quant_max = float(2 ** num_bits - 1)
        self.eps = eps

    def _qparams(self, x):
        x_min = ops.minimum(x.min(), Tensor(0.0, ms.float32))
        x_max = ops.maximum(x.max(), Tensor(0.0, ms.float32))
        scale = (x_max - x_min) / (self.quant_max - self.quant_min)
        scale = ops.maximum(scale, Tensor(self.eps, ms.float32))
        zero_point = ops.round(self.quant_min - x_min / scale)
        return ops.stop_gradient(scale), ops.stop_gradient(zero_point)

    def construct(self, x):
        scale, zp = self._qparams(x)
        q = ops.clamp(ops.round(x / scale) + zp, self.quant_min, self.quant_max)
        dq = (q - zp) * scale
        return x + ops.stop_gradient(dq - x)


class QuantMLP(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(6, 4)
        self.act_fq = FakeQuantSTE()

    def construct(self, x):
        return self.act_fq(ops.relu(self.fc(x)))


def make():
    np.random.seed(25)
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    return QuantMLP(), (x,)
