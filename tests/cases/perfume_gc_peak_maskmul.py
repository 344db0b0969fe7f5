# case: GC-FID peak picking zeroes sub-threshold points by multiplying with a float mask, keeping the full trace length -> fixed shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakPicker(nn.Cell):
    def __init__(self, smooth_width=5, snr=3.0):
        super().__init__()
        self.kernel = Tensor(np.ones((1, 1, smooth_width), np.float32) / smooth_width)
        self.pad = smooth_width // 2
        self.snr = snr
        self.maxpool = nn.MaxPool1d(kernel_size=7, stride=1, pad_mode="same")

    def construct(self, trace):
        x = trace.reshape(1, 1, -1)
        x = ops.pad(x, (self.pad, self.pad), mode="replicate")
        s = ops.conv1d(x, self.kernel)
        local_max = self.maxpool(s)
        mu = s.mean()
        sd = s.std()
        is_peak = ops.logical_and(s >= local_max, s > mu + self.snr * sd)
        peaks = s * is_peak.astype(s.dtype)
        return peaks.reshape(-1), is_peak.astype(ms.int32).sum()


def make():
    np.random.seed(22)
    rt = np.linspace(2.0, 30.0, 512).astype(np.float32)
    trace = np.random.rand(512).astype(np.float32) * 0.05
    for c in (4.4, 9.1, 15.0, 22.6, 27.3):
        trace += np.exp(-((rt - c) ** 2) / 0.03).astype(np.float32)
    return PeakPicker(), (Tensor(trace),)
