# case: trims the clip at the first detected scene cut with frames[:cut + 1] where cut = ops.argmax(cut_scores) -> slice length from tensor value, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipConfig:
    def __init__(self, channels=3, hidden=8, trim_at_cut=True):
        self.channels = channels
        self.hidden = hidden
        self.trim_at_cut = trim_at_cut


def frame_diffs(frames):
    return ops.abs(frames[1:] - frames[:-1]).mean(axis=(1, 2, 3))


class ClipEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim_at_cut = config.trim_at_cut
        self.enc = nn.Conv2d(config.channels, config.hidden, 3, stride=2, pad_mode="same")

    def trim(self, frames):
        cut = ops.argmax(frame_diffs(frames))
        return frames[:cut + 1]

    def construct(self, frames):
        if self.trim_at_cut:
            frames = self.trim(frames)
        return self.enc(frames).mean(axis=0)


def make():
    np.random.seed(37435)
    frames = np.random.rand(6, 3, 16, 16).astype(np.float32) * 0.1
    frames[4:] += 0.9
    return ClipEncoder(ClipConfig()), (Tensor(frames),)
