# case: variational-free uniform dequantization using ops.uniform with the input's static shape and a logit pre-transform with constant log-det correction -> static graph compiles fine
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Dequantize(nn.Cell):
    def __init__(self, n_bits=5, alpha=1e-3):
        super().__init__()
        self.n_bins = float(2 ** n_bits)
        self.alpha = alpha
        self.log_bins = math.log(self.n_bins)
        self.log_squash = math.log(1.0 - 2.0 * alpha)
        self.lo = Tensor(0.0, ms.float32)
        self.hi = Tensor(1.0, ms.float32)

    def logit(self, x):
        x = self.alpha + (1.0 - 2.0 * self.alpha) * x
        ldj = self.log_squash - ops.log(x) - ops.log(1.0 - x)
        return ops.log(x) - ops.log(1.0 - x), ldj

    def construct(self, x):
        noise = ops.uniform(x.shape, self.lo, self.hi, seed=7)
        y = (x + noise) / self.n_bins
        z, ldj = self.logit(y)
        n_dims = x.shape[1] * x.shape[2] * x.shape[3]
        logdet = ldj.reshape(x.shape[0], -1).sum(axis=1) - self.log_bins * n_dims
        return z, logdet


def make():
    np.random.seed(5)
    x = Tensor(np.random.randint(0, 32, size=(2, 3, 4, 4)).astype(np.float32))
    return Dequantize(), (x,)
