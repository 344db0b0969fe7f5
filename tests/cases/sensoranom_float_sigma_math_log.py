# case: convert error std to a Python float and use math.log to build a log-scaled threshold -> float(t) and math on tensor values
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogScaledThreshold(nn.Cell):
    def __init__(self, base_thr=0.1):
        super().__init__()
        self.base_thr = base_thr

    def scale(self, err):
        sigma = float(err.std())
        return self.base_thr * (1.0 + math.log1p(sigma))

    def construct(self, x, recon):
        err = ops.abs(x - recon).mean(axis=-1)
        thr = self.scale(err)
        return (err > thr).astype(ms.int32)


def make():
    np.random.seed(8)
    x = Tensor(np.random.randn(6, 12).astype(np.float32))
    recon = Tensor(np.random.randn(6, 12).astype(np.float32))
    return LogScaledThreshold(), (x, recon)
