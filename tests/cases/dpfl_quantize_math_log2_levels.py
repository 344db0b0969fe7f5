# case: QSGD-style quantiser picks the number of levels with math.log2 on the tensor's max magnitude -> compile error at line 16
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveQSGD(nn.Cell):
    def __init__(self, base_bits=2, max_bits=8):
        super().__init__()
        self.base_bits = base_bits
        self.max_bits = max_bits

    def _levels(self, x):
        scale = ops.abs(x).max()
        bits = min(self.max_bits, self.base_bits + int(math.log2(float(scale) + 1.0)))
        return 2 ** bits - 1, scale

    def construct(self, grad):
        levels, scale = self._levels(grad)
        normalized = ops.abs(grad) / (scale + 1e-12) * levels
        q = ops.floor(normalized + 0.5)
        return ops.sign(grad) * q * scale / levels


def make():
    np.random.seed(20)
    g = Tensor((np.random.randn(10) * 4).astype(np.float32))
    return AdaptiveQSGD(), (g,)
