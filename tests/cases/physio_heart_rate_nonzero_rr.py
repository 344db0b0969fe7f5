# case: find peak positions with ops.nonzero on a thresholded ECG, take RR intervals by diff and compute mean heart rate -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeartRateEstimator(nn.Cell):
    def __init__(self, fs=100.0, threshold=0.5):
        super().__init__()
        self.fs = fs
        self.threshold = threshold

    def rr_intervals(self, peak_pos):
        return (peak_pos[1:] - peak_pos[:-1]).astype(ms.float32) / self.fs

    def construct(self, ecg):
        rising = ops.logical_and(ecg[1:] > self.threshold, ecg[:-1] <= self.threshold)
        peak_pos = ops.nonzero(rising).reshape(-1)
        rr = self.rr_intervals(peak_pos)
        hr = 60.0 / rr.mean()
        return hr


def make():
    np.random.seed(1)
    fs = 100
    ecg = 0.05 * np.random.randn(5 * fs)
    for p in range(30, 5 * fs, 78):
        ecg[p:p + 3] += 1.0
    return HeartRateEstimator(fs=float(fs)), (Tensor(ecg.astype(np.float32)),)
