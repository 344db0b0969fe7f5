# case: sinusoidal positional encoding built with ops.arange up to a sequence length passed as a tensor
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SinusoidalPE(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.dim = dim
        self.freq = Tensor(np.exp(np.arange(0, dim, 2) * (-math.log(10000.0) / dim)).astype(np.float32))

    def construct(self, x, seq_len):
        pos = ops.arange(seq_len).astype(ms.float32).expand_dims(1)
        ang = pos * self.freq.expand_dims(0)
        pe = ops.concat((ops.sin(ang), ops.cos(ang)), axis=-1)
        return x + pe.expand_dims(0)


def make():
    x = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    return SinusoidalPE(), (x, Tensor(6, ms.int64))
