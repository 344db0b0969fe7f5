# case: RealNVP logit preprocessing guarding the log with try/except inside construct -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogitPreprocess(nn.Cell):
    """Dequantize pixels and map to logit space, returning the log-det of the transform."""

    def __init__(self, alpha=0.05, num_bits=8):
        super().__init__()
        self.alpha = alpha
        self.num_levels = 2 ** num_bits

    def to_unit(self, x, u):
        return (x * (self.num_levels - 1) + u) / self.num_levels

    def construct(self, x, u):
        y = self.to_unit(x, u)
        y = self.alpha + (1 - 2 * self.alpha) * y
        try:
            logit = ops.log(y) - ops.log(1 - y)
        except ValueError:
            logit = ops.zeros_like(y)
        ldj = -ops.log(y) - ops.log(1 - y) + np.log(1 - 2 * self.alpha)
        ldj = ldj.reshape(ldj.shape[0], -1).sum(axis=1)
        return logit, ldj


def make():
    np.random.seed(0)
    x = Tensor(np.random.randint(0, 256, size=(2, 1, 4, 4)).astype(np.float32) / 255.0)
    u = Tensor(np.random.rand(2, 1, 4, 4).astype(np.float32))
    return LogitPreprocess(), (x, u)
