# case: Welch-style turbulence spectrum averaging where the number of segments comes from a tensor and drives a reshape -> reshape size from data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def hann(n):
    return (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(n) / n)).astype(np.float32)


class WelchSegmenter(nn.Cell):
    def __init__(self, fs=5000.0):
        super().__init__()
        self.fs = fs

    def construct(self, u_record, n_segments):
        n_seg = int(n_segments.asnumpy())
        seg_len = u_record.shape[0] // n_seg
        segs = u_record[:n_seg * seg_len].reshape(n_seg, seg_len)
        segs = segs - segs.mean(axis=1, keep_dims=True)
        power = (segs * segs).mean(axis=1)
        return power.mean() / self.fs, power


def make():
    np.random.seed(171)
    t = np.arange(1024) / 5000.0
    u = 15.0 + 0.5 * np.sin(2 * np.pi * 120 * t) + 0.2 * np.random.randn(1024)
    return WelchSegmenter(), (Tensor(u.astype(np.float32)), Tensor(np.array(8, np.int32)))
