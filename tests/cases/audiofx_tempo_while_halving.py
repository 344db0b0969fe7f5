# case: tempo estimator halves the BPM tensor in a while loop until it falls below a max tempo, then converts it to a beat period in frames -> static or error (while on tensor value, same shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TempoFolder(nn.Cell):
    def __init__(self, max_bpm=160.0, frame_rate=100.0):
        super().__init__()
        self.max_bpm = max_bpm
        self.frame_rate = frame_rate

    def raw_bpm(self, ioi):
        return 60.0 / ops.maximum(ioi.mean(), 1e-3)

    def construct(self, inter_onset_s):
        bpm = self.raw_bpm(inter_onset_s)
        while bpm > self.max_bpm:
            bpm = bpm / 2.0
        period = self.frame_rate * 60.0 / bpm
        return bpm, period


def make():
    np.random.seed(18)
    ioi = Tensor((0.12 + 0.01 * np.random.rand(8)).astype(np.float32))
    return TempoFolder(), (ioi,)
