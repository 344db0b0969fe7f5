# case: fake-quantised Dense computes scale and zero-point of its weight observer in a _compute_qparams helper with .asnumpy() and NumPy, then fake-quantises the weight -> expected error or fallback (NumPy on tensors in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class QATConfig:
    def __init__(self, weight_bits=8, eps=1e-8):
        self.weight_bits = weight_bits
        self.eps = eps


class FakeQuantDense(nn.Dense):
    def __init__(self, in_channels, out_channels, qconfig=None):
        super().__init__(in_channels, out_channels)
        qconfig = QATConfig() if qconfig is None else qconfig
        self.qmax = 2 ** qconfig.weight_bits - 1
        self.eps = qconfig.eps
        self.w_min = Parameter(Tensor(-1.0, ms.float32), name="w_min", requires_grad=False)
        self.w_max = Parameter(Tensor(1.0, ms.float32), name="w_max", requires_grad=False)

    def _compute_qparams(self):
        lo = float(self.w_min.asnumpy())
        hi = float(self.w_max.asnumpy())
        scale = np.maximum(hi - lo, self.eps) / self.qmax
        zero_point = np.round(-lo / scale)
        return scale, zero_point

    def construct(self, x):
        scale, zp = self._compute_qparams()
        wq = ops.clamp(ops.round(self.weight / scale) + zp, 0, self.qmax)
        w = (wq - zp) * scale
        return ops.matmul(x, w.T) + self.bias


def make():
    np.random.seed(3785)
    cell = FakeQuantDense(16, 8)
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return cell, (x,)
