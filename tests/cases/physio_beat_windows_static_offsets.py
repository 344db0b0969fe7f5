# case: beat windows extracted around peaks with a fixed window built from a constant offset range added to the peak positions and gathered (fixed number of peaks, no slicing by value) -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeatWindowGather(nn.Cell):
    def __init__(self, half_width=8):
        super().__init__()
        self.offsets = Tensor(np.arange(-half_width, half_width), ms.int32)

    def construct(self, ecg, peaks):
        # ecg: (n_samples,), peaks: (n_beats,) int32
        n = ecg.shape[0]
        idx = peaks.reshape(-1, 1) + self.offsets.reshape(1, -1)
        idx = ops.clamp(idx, 0, n - 1)
        beats = ops.gather(ecg, idx.reshape(-1), 0).reshape(idx.shape)
        template = beats.mean(axis=0)
        corr = (beats * template).sum(axis=1) / (ops.norm(beats, dim=1) * ops.norm(template) + 1e-6)
        return template, corr


def make():
    np.random.seed(23)
    ecg = np.random.randn(200).astype(np.float32)
    peaks = np.array([20, 60, 101, 140, 180], dtype=np.int32)
    return BeatWindowGather(), (Tensor(ecg), Tensor(peaks))
