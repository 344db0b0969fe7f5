# case: find the dominant call frequency bin of a vocalisation by converting the spectrum to NumPy with .asnumpy() and np.argmax inside construct -> asnumpy in construct, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DominantFrequency(nn.Cell):
    def __init__(self, sample_rate=16000, n_fft=256):
        super().__init__()
        self.hz_per_bin = sample_rate / n_fft

    def construct(self, power_spec):
        mean_spec = power_spec.mean(axis=0)
        peak_bin = np.argmax(mean_spec.asnumpy())
        return Tensor(peak_bin * self.hz_per_bin, ms.float32), mean_spec


def make():
    np.random.seed(111)
    spec = np.abs(np.random.randn(40, 129)).astype(np.float32)
    spec[:, 30] += 3.0
    return DominantFrequency(), (Tensor(spec),)
