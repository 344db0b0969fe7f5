# case: count non-silent frames and slice the waveform frames up to that count (length is a tensor value) -> dynamic shape / error on tensor slice bound
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SilenceTrimmer(nn.Cell):
    def __init__(self, threshold_db=-40.0):
        super().__init__()
        self.threshold_db = threshold_db

    def frame_db(self, frames):
        power = ops.mean(frames * frames, axis=-1) + 1e-10
        return 10.0 * ops.log(power) / 2.302585

    def construct(self, frames):
        db = self.frame_db(frames)
        voiced = (db > self.threshold_db).astype(ms.int32)
        n_voiced = voiced.sum()
        return frames[:n_voiced]


def make():
    np.random.seed(1)
    frames = np.random.randn(24, 32).astype(np.float32) * 0.1
    frames[18:] *= 1e-4
    return SilenceTrimmer(), (Tensor(frames),)
