# case: per-channel bit allocation converts a tensor of channel sensitivities with .tolist() and loops in Python to choose bits -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensitivityBitAllocator(nn.Cell):
    def __init__(self, high_bits=8, low_bits=4, cutoff=1.0):
        super().__init__()
        self.high_bits = high_bits
        self.low_bits = low_bits
        self.cutoff = cutoff

    def construct(self, w):
        sens = ops.reduce_mean(w * w, 1)
        bits = []
        for s in sens.tolist():
            bits.append(self.high_bits if s > self.cutoff else self.low_bits)
        qmax = Tensor(bits, ms.float32) - 1.0
        scale = ops.amax(ops.abs(w), 1, keepdims=True) / qmax.expand_dims(1)
        return ops.round(w / scale) * scale


def make():
    np.random.seed(26)
    w = Tensor(np.random.randn(6, 10).astype(np.float32))
    return SensitivityBitAllocator(), (w,)
