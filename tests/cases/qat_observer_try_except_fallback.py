# case: activation observer wraps the scale computation in try/except to fall back to a default scale -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SafeActObserver(nn.Cell):
    def __init__(self, num_bits=8, default_scale=0.05):
        super().__init__()
        self.qmax = 2 ** (num_bits - 1) - 1
        self.default_scale = Tensor(default_scale, ms.float32)
        self.scale = Parameter(Tensor(default_scale, ms.float32), name="scale", requires_grad=False)

    def _compute_scale(self, x):
        absmax = ops.abs(x).max()
        return absmax / self.qmax

    def construct(self, x):
        try:
            s = self._compute_scale(x)
        except ZeroDivisionError:
            s = self.default_scale
        ops.assign(self.scale, s)
        return ops.clamp(ops.round(x / s), -self.qmax, self.qmax) * s


def make():
    np.random.seed(17)
    x = Tensor(np.random.randn(2, 10).astype(np.float32))
    return SafeActObserver(), (x,)
