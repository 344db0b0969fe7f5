# case: icing detector walks harmonic frequencies upward while the spectrum amplitude stays above a floor, appending each harmonic amplitude to a list -> tensor-driven while loop growing a list, expect error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HarmonicTracker(nn.Cell):
    def __init__(self, fundamental_bin=4, floor=0.5):
        super().__init__()
        self.fundamental_bin = fundamental_bin
        self.floor = floor

    def construct(self, spectrum):
        amps = []
        k = 1
        b = self.fundamental_bin
        while spectrum[b] > self.floor and b < spectrum.shape[0] - self.fundamental_bin:
            amps.append(spectrum[b])
            k = k + 1
            b = self.fundamental_bin * k
        if len(amps) == 0:
            return ops.zeros((), ms.float32)
        return ops.stack(amps).sum()


def make():
    np.random.seed(7)
    spec = (np.random.rand(40) * 0.3).astype(np.float32)
    spec[[4, 8, 12, 16]] = [2.0, 1.4, 0.9, 0.7]
    return HarmonicTracker(), (Tensor(spec),)
