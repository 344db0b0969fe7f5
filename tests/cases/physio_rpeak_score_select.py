# case: R-peak detection that returns a fixed-length peak indicator vector built with ops.select on local-maximum and threshold conditions -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakIndicator(nn.Cell):
    def __init__(self, threshold=0.6):
        super().__init__()
        self.threshold = threshold
        self.pad = nn.ConstantPad1d(1, -1e4)

    def construct(self, ecg):
        # ecg: (batch, n_samples)
        norm = ecg / (ops.abs(ecg).max(axis=-1, keepdims=True) + 1e-6)
        padded = self.pad(norm)
        is_max = ops.logical_and(padded[:, 1:-1] > padded[:, :-2], padded[:, 1:-1] >= padded[:, 2:])
        cond = ops.logical_and(is_max, norm > self.threshold)
        indicator = ops.select(cond, ops.ones_like(norm), ops.zeros_like(norm))
        n_beats = indicator.sum(axis=-1)
        return indicator, n_beats


def make():
    np.random.seed(22)
    fs = 64
    t = np.arange(3 * fs) / fs
    ecg = 0.1 * np.random.randn(2, t.size)
    for beat in np.arange(0.2, 3.0, 0.7):
        ecg += np.exp(-((t - beat) ** 2) / 0.0004)
    return PeakIndicator(), (Tensor(ecg.astype(np.float32)),)
