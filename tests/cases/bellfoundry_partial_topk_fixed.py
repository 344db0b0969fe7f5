# case: keep the five named partials (hum, prime, tierce, quint, nominal) as the top-5 spectral peaks with k from config -> static topk, expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PARTIAL_NAMES = ("hum", "prime", "tierce", "quint", "nominal")


class PartialPicker(nn.Cell):
    def __init__(self, n_partials=len(PARTIAL_NAMES), sample_rate=8000.0, n_fft=512):
        super().__init__()
        self.k = n_partials
        self.bin_hz = sample_rate / n_fft

    def construct(self, spectrum):
        amps, bins = ops.topk(spectrum, self.k)
        freqs = bins.astype(ms.float32) * self.bin_hz
        order = ops.sort(freqs)[1]
        return ops.gather(freqs, order, 0), ops.gather(amps, order, 0)


def make():
    np.random.seed(4)
    spec = np.abs(np.random.randn(256)).astype(np.float32) * 0.05
    spec[[16, 32, 38, 48, 64]] = [0.6, 0.9, 0.5, 0.3, 1.0]
    return PartialPicker(), (Tensor(spec),)
