# case: compute the bell's strike note from the spectrum, wrapping the log of the nominal peak in try/except to fall back to the prime -> try statement in construct, expected syntax error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrikeNote(nn.Cell):
    def __init__(self, bin_hz=15.625, a4=440.0):
        super().__init__()
        self.bin_hz = bin_hz
        self.a4 = a4

    def construct(self, spectrum, nominal_bin, prime_bin):
        try:
            level = spectrum[nominal_bin]
            f = nominal_bin.astype(ms.float32) * self.bin_hz
        except IndexError:
            level = spectrum[prime_bin]
            f = prime_bin.astype(ms.float32) * self.bin_hz * 2.0
        semis = 12.0 * ops.log2(f / 2.0 / self.a4)
        return ops.round(semis), f, level


def make():
    np.random.seed(71)
    spec = np.abs(np.random.randn(256)).astype(np.float32)
    return StrikeNote(), (Tensor(spec), Tensor(np.int32(67)), Tensor(np.int32(33)))
