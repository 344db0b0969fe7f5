# case: interpolator detects scene cuts between consecutive frames with NumPy on diff.asnumpy() inside construct and skips interpolation across the cut -> NumPy on tensors in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SceneCutConfig:
    def __init__(self, channels=3, cut_threshold=0.3, detect_cuts=True):
        self.channels = channels
        self.cut_threshold = cut_threshold
        self.detect_cuts = detect_cuts


class MidFrameSynth(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.thr = config.cut_threshold
        self.detect_cuts = config.detect_cuts
        self.blend = nn.Conv2d(2 * config.channels, config.channels, 3, pad_mode="same")

    def cut_flags(self, frames):
        diff = ops.abs(frames[1:] - frames[:-1]).mean(axis=(1, 2, 3))
        d = diff.asnumpy()
        return Tensor(np.where(d > self.thr, 0.0, 1.0).astype(np.float32))

    def construct(self, frames):
        prev, nxt = frames[:-1], frames[1:]
        mids = self.blend(ops.cat((prev, nxt), axis=1))
        if self.detect_cuts:
            keep = self.cut_flags(frames).reshape(-1, 1, 1, 1)
            mids = keep * mids + (1 - keep) * prev
        return mids


def make():
    np.random.seed(37427)
    frames = np.random.rand(5, 3, 16, 16).astype(np.float32)
    frames[3:] += 0.8
    return MidFrameSynth(SceneCutConfig()), (Tensor(frames),)
