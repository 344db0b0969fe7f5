# case: Welch-style turbulence spectrum with a Hann window and a segment count fixed at construction driving a reshape -> reshape from Python ints, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def hann(n):
    return (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(n) / n)).astype(np.float32)


class WelchSegmenterFixed(nn.Cell):
    def __init__(self, n_segments=8, record_len=1024, fs=5000.0):
        super().__init__()
        self.n_seg = n_segments
        self.seg_len = record_len // n_segments
        self.window = Tensor(hann(self.seg_len))
        self.fs = fs

    def construct(self, u_record):
        segs = u_record[:self.n_seg * self.seg_len].reshape(self.n_seg, self.seg_len)
        segs = (segs - segs.mean(axis=1, keep_dims=True)) * self.window
        power = (segs * segs).mean(axis=1)
        return power.mean() / self.fs, power


def make():
    np.random.seed(172)
    t = np.arange(1024) / 5000.0
    u = 15.0 + 0.5 * np.sin(2 * np.pi * 120 * t) + 0.2 * np.random.randn(1024)
    return WelchSegmenterFixed(), (Tensor(u.astype(np.float32)),)
