# case: axle vibration RMS converted with float() and math.sqrt inside construct for a severity score -> host conversion of tensor, error
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AxleSeverity(nn.Cell):
    def __init__(self, reference_rms=1.2):
        super().__init__()
        self.reference_rms = reference_rms

    def mean_square(self, signal):
        centred = signal - signal.mean(axis=-1, keep_dims=True)
        return (centred * centred).mean()

    def construct(self, signal):
        ms_val = self.mean_square(signal)
        rms = math.sqrt(float(ms_val))
        severity = 20.0 * math.log10(rms / self.reference_rms)
        return signal * severity


def make():
    np.random.seed(6)
    sig = np.random.randn(4, 32).astype(np.float32) * 1.5
    return AxleSeverity(), (Tensor(sig),)
