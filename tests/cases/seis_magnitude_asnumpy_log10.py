# case: local magnitude ML from peak amplitude and hypocentral distance computed with NumPy after asnumpy() inside construct -> host round trip in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LocalMagnitude(nn.Cell):
    """Richter-style ML = log10(A) + 1.11 log10(R) + 0.00189 R - 2.09."""

    def __init__(self, wood_anderson_gain=2080.0):
        super().__init__()
        self.gain = wood_anderson_gain

    def peak_amplitude(self, horizontals):
        return ops.abs(horizontals).max(axis=-1) * self.gain

    def construct(self, horizontals, distance_km):
        amp = self.peak_amplitude(horizontals).asnumpy()
        r = distance_km.asnumpy()
        ml = np.log10(amp) + 1.11 * np.log10(r) + 0.00189 * r - 2.09
        return Tensor(ml.astype(np.float32))


def make():
    np.random.seed(5)
    horiz = (1e-3 * np.random.randn(6, 40)).astype(np.float32)
    dist = np.random.uniform(10, 200, size=(6,)).astype(np.float32)
    return LocalMagnitude(), (Tensor(horiz), Tensor(dist))
