# case: loop over a tensor of detected R-peak positions, slice a window around each peak with tensor bounds and stack the list of beats -> error in Graph mode (tensor-valued slice bounds in a data-dependent loop)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeatSegmenter(nn.Cell):
    def __init__(self, half_width=8):
        super().__init__()
        self.half_width = half_width

    def cut(self, ecg, center):
        start = center - self.half_width
        stop = center + self.half_width
        return ecg[start:stop]

    def construct(self, ecg, peaks):
        beats = []
        for p in peaks:
            beats.append(self.cut(ecg, p))
        beats = ops.stack(beats)
        template = beats.mean(axis=0)
        return template


def make():
    np.random.seed(2)
    ecg = np.random.randn(200).astype(np.float32)
    peaks = np.array([20, 60, 101, 140, 180], dtype=np.int32)
    return BeatSegmenter(half_width=8), (Tensor(ecg), Tensor(peaks))
