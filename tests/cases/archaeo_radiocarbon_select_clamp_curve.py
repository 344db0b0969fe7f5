# case: calibration likelihood clamps measurements outside the curve span with ops.select instead of Python branches -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClampedLikelihood(nn.Cell):
    def __init__(self, min_c14=0.0, max_c14=5000.0):
        super().__init__()
        self.min_c14 = min_c14
        self.max_c14 = max_c14

    def construct(self, curve_c14, curve_err, ages, errs):
        lo = ops.full_like(ages, self.min_c14)
        hi = ops.full_like(ages, self.max_c14)
        a = ops.select(ages < lo, lo, ages)
        a = ops.select(a > hi, hi, a)
        sigma2 = errs.reshape(-1, 1) ** 2 + curve_err.reshape(1, -1) ** 2
        z2 = (a.reshape(-1, 1) - curve_c14.reshape(1, -1)) ** 2 / sigma2
        lik = ops.exp(-0.5 * z2) / ops.sqrt(sigma2)
        return lik / lik.sum(axis=1, keepdims=True)


def make():
    np.random.seed(37)
    c14 = Tensor(np.linspace(0, 5000, 50).astype(np.float32))
    cerr = Tensor(np.full(50, 20.0, np.float32))
    ages = Tensor(np.array([-50.0, 1200.0, 5600.0], np.float32))
    errs = Tensor(np.array([30.0, 40.0, 25.0], np.float32))
    return ClampedLikelihood(), (c14, cerr, ages, errs)
