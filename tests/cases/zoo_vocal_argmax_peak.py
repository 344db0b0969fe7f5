# case: find the dominant call frequency of a vocalisation with ops.argmax on the mean spectrum and scale to Hz -> tensor ops only, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DominantFrequencyOps(nn.Cell):
    def __init__(self, sample_rate=16000, n_fft=256):
        super().__init__()
        self.hz_per_bin = sample_rate / n_fft

    def construct(self, power_spec):
        mean_spec = power_spec.mean(axis=0)
        peak_bin = ops.argmax(mean_spec)
        peak_hz = peak_bin.astype(ms.float32) * self.hz_per_bin
        return peak_hz, mean_spec


def make():
    np.random.seed(112)
    spec = np.abs(np.random.randn(40, 129)).astype(np.float32)
    spec[:, 45] += 3.0
    return DominantFrequencyOps(), (Tensor(spec),)
