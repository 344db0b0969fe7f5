# case: GC-FID peak picking keeps the retention times whose intensity beats the noise floor via boolean-mask indexing -> data-dependent output shape, dynamic or rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def noise_floor(signal, k=3.0):
    mu = signal.mean()
    sd = ops.sqrt(((signal - mu) ** 2).mean())
    return mu + k * sd


class PeakPicker(nn.Cell):
    def __init__(self, smooth_width=5, snr=3.0):
        super().__init__()
        w = np.ones((1, 1, smooth_width), np.float32) / smooth_width
        self.kernel = Tensor(w)
        self.pad = smooth_width // 2
        self.snr = snr

    def smooth(self, trace):
        x = trace.reshape(1, 1, -1)
        x = ops.pad(x, (self.pad, self.pad), mode="replicate")
        return ops.conv1d(x, self.kernel).reshape(-1)

    def construct(self, rt, trace):
        s = self.smooth(trace)
        above = s > noise_floor(s, self.snr)
        return rt[above], s[above]


def make():
    np.random.seed(21)
    rt = np.linspace(2.0, 30.0, 400).astype(np.float32)
    trace = np.random.rand(400).astype(np.float32) * 0.1
    for c in (5.2, 11.7, 18.3, 24.9):
        trace += np.exp(-((rt - c) ** 2) / 0.02).astype(np.float32)
    return PeakPicker(), (Tensor(rt), Tensor(trace))
