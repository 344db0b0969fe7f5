# case: calibration reports how many of the 2^b integer levels are occupied using ops.unique on quantized activations -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LevelOccupancyCalibrator(nn.Cell):
    def __init__(self, num_bits=4, symmetric=True):
        super().__init__()
        self.num_bits = num_bits
        self.symmetric = symmetric
        self.qmin = -(2 ** (num_bits - 1)) if symmetric else 0
        self.qmax = 2 ** (num_bits - 1) - 1 if symmetric else 2 ** num_bits - 1

    def quantize(self, x):
        scale = ops.abs(x).max() / self.qmax
        return ops.clamp(ops.round(x / scale), self.qmin, self.qmax), scale

    def construct(self, x):
        q, scale = self.quantize(x)
        levels, _ = ops.unique(q.reshape(-1).astype(ms.int32))
        occupancy = levels.shape[0] / float(self.qmax - self.qmin + 1)
        return q * scale, occupancy


def make():
    np.random.seed(3)
    x = Tensor(np.random.randn(4, 32).astype(np.float32))
    return LevelOccupancyCalibrator(), (x,)
