# case: beat epoching cuts a fixed window around each detected R-peak; the loop runs over the number of peaks counted from the signal and grows a list of windows -> loop count from data, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpochConfig:
    def __init__(self, pre=20, post=30, threshold=0.8, max_beats=None):
        self.pre = pre
        self.post = post
        self.threshold = threshold
        self.max_beats = max_beats


class BeatEpocher(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pre = config.pre
        self.post = config.post
        self.threshold = config.threshold
        self.max_beats = config.max_beats

    def _peak_positions(self, sig):
        above = (sig > self.threshold).astype(ms.int32)
        onsets = ops.maximum(above[1:] - above[:-1], 0)
        return ops.cumsum(onsets, 0), onsets.sum()

    def construct(self, sig):
        pos_rank, n_beats = self._peak_positions(sig)
        if self.max_beats is not None:
            n_beats = ops.minimum(n_beats, self.max_beats)
        windows = []
        i = 0
        while i < n_beats:
            centre = ops.argmax((pos_rank == i + 1).astype(ms.float32))
            start = ops.maximum(centre - self.pre, 0)
            windows.append(ops.slice(ops.pad(sig, (0, self.pre + self.post)), (start,), (self.pre + self.post,)))
            i += 1
        return ops.stack(windows)


def make():
    np.random.seed(3743)
    t = np.arange(400) / 250.0
    sig = np.sin(2 * np.pi * 1.2 * t) ** 31 + 0.02 * np.random.randn(400)
    return BeatEpocher(EpochConfig()), (Tensor(sig.astype(np.float32)),)
