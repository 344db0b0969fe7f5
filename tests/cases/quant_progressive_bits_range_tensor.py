# case: progressive bit reduction sweep loops `for _ in range(n_steps)` with n_steps a tensor input, collecting errors in a list -> error (range of a tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProgressiveBitSweep(nn.Cell):
    def __init__(self, start_bits=8):
        super().__init__()
        self.start_bits = start_bits

    def qerr(self, x, bits):
        qmax = 2 ** (bits - 1) - 1
        scale = ops.amax(ops.abs(x)) / qmax
        return ops.reduce_mean(ops.abs(ops.round(x / scale) * scale - x))

    def construct(self, x, n_steps):
        errs = []
        bits = self.start_bits
        for _ in range(n_steps):
            errs.append(self.qerr(x, bits))
            bits -= 1
        return ops.stack(errs)


def make():
    np.random.seed(34)
    x = Tensor(np.random.randn(5, 5).astype(np.float32))
    return ProgressiveBitSweep(), (x, Tensor(3, ms.int32))
