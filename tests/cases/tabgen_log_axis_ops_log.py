# case: maps pixel positions on a log-scale chart axis to values using ops.log on the tensor tick endpoints -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogAxisMapper(nn.Cell):
    def __init__(self, base=10.0):
        super().__init__()
        self.log_base = float(np.log(base))

    def to_log(self, v):
        return ops.log(v) / self.log_base

    def construct(self, px, px_lo, px_hi, val_lo, val_hi):
        lo = self.to_log(val_lo)
        hi = self.to_log(val_hi)
        frac = (px - px_lo) / (px_hi - px_lo)
        return ops.exp((lo + frac * (hi - lo)) * self.log_base)


def make():
    np.random.seed(31)
    px = Tensor(np.random.rand(5).astype(np.float32) * 200)
    return LogAxisMapper(), (px, Tensor(np.float32(0.0)), Tensor(np.float32(200.0)),
                             Tensor(np.float32(1.0)), Tensor(np.float32(1000.0)))
