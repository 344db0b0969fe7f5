# case: maps pixel positions on a log-scale chart axis to values using math.log10 on tensor tick endpoints -> Python math on tensors in construct, error in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogAxisReader(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, px, px_lo, px_hi, val_lo, val_hi):
        lo = math.log10(val_lo)
        hi = math.log10(val_hi)
        frac = (px - px_lo) / (px_hi - px_lo)
        return ops.pow(10.0, lo + frac * (hi - lo))


def make():
    np.random.seed(30)
    px = Tensor(np.random.rand(5).astype(np.float32) * 200)
    return LogAxisReader(), (px, Tensor(np.float32(0.0)), Tensor(np.float32(200.0)),
                             Tensor(np.float32(1.0)), Tensor(np.float32(1000.0)))
