# case: detect R-peaks as local maxima above an amplitude threshold and return their sample indices via masked_select -> dynamic shape (masked_select output size depends on data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RPeakDetector(nn.Cell):
    def __init__(self, fs=64, threshold=0.6):
        super().__init__()
        self.fs = fs
        self.threshold = threshold

    def local_maxima(self, ecg):
        left = ecg[1:-1] > ecg[:-2]
        right = ecg[1:-1] >= ecg[2:]
        return ops.logical_and(left, right)

    def construct(self, ecg):
        ecg = ecg - ecg.mean()
        ecg = ecg / (ops.abs(ecg).max() + 1e-6)
        is_peak = ops.logical_and(self.local_maxima(ecg), ecg[1:-1] > self.threshold)
        idx = ops.arange(1, ecg.shape[0] - 1, dtype=ms.int32)
        peaks = ops.masked_select(idx, is_peak)
        return peaks


def make():
    np.random.seed(0)
    fs = 64
    t = np.arange(4 * fs) / fs
    ecg = 0.1 * np.random.randn(t.size)
    for beat in np.arange(0.3, 4.0, 0.8):
        ecg += np.exp(-((t - beat) ** 2) / 0.0004)
    return RPeakDetector(fs=fs), (Tensor(ecg.astype(np.float32)),)
