# case: fake-quant layer bundles scale/zero-point into a plain Python QParams object built from tensors and returns it from construct -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QParams:
    def __init__(self, scale, zero_point, num_bits):
        self.scale = scale
        self.zero_point = zero_point
        self.num_bits = num_bits

    def qmax(self):
        return 2 ** self.num_bits - 1


class AsymmetricActQuant(nn.Cell):
    def __init__(self, num_bits=8):
        super().__init__()
        self.num_bits = num_bits

    def compute_qparams(self, x):
        lo = ops.minimum(x.min(), 0.0)
        hi = ops.maximum(x.max(), 0.0)
        scale = (hi - lo) / (2 ** self.num_bits - 1)
        zp = ops.round(-lo / scale)
        return QParams(scale, zp, self.num_bits)

    def construct(self, x):
        qp = self.compute_qparams(x)
        q = ops.clamp(ops.round(x / qp.scale) + qp.zero_point, 0, qp.qmax())
        return (q - qp.zero_point) * qp.scale, qp


def make():
    np.random.seed(7)
    x = Tensor(np.random.randn(3, 5).astype(np.float32))
    return AsymmetricActQuant(), (x,)
