# case: bit-width picked from math.log2 of float(dynamic range) of the activation inside construct -> error (host conversion of a tensor)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RangeAwareQuant(nn.Cell):
    def __init__(self, resolution=0.05, max_bits=8):
        super().__init__()
        self.resolution = resolution
        self.max_bits = max_bits

    def pick_bits(self, x):
        dyn_range = float(ops.amax(x) - ops.amin(x))
        bits = int(math.ceil(math.log2(dyn_range / self.resolution + 1)))
        return min(bits, self.max_bits)

    def construct(self, x):
        bits = self.pick_bits(x)
        levels = 2 ** bits - 1
        lo = ops.amin(x)
        scale = (ops.amax(x) - lo) / levels
        return ops.round((x - lo) / scale) * scale + lo


def make():
    np.random.seed(12)
    x = Tensor(np.random.rand(6, 6).astype(np.float32))
    return RangeAwareQuant(), (x,)
