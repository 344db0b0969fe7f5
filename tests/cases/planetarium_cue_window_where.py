# case: build a per-cue fade envelope for the show timeline using a three-argument ops.where over all cues -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CueEnvelope(nn.Cell):
    def __init__(self, fade_in=0.5, fade_out=0.75):
        super().__init__()
        self.fade_in = fade_in
        self.fade_out = fade_out

    def ramp(self, t, length):
        return ops.clamp(t / length, 0.0, 1.0)

    def construct(self, cue_starts, cue_ends, show_clock):
        since_start = show_clock - cue_starts
        until_end = cue_ends - show_clock
        rising = self.ramp(since_start, self.fade_in)
        falling = self.ramp(until_end, self.fade_out)
        active = (since_start >= 0) & (until_end >= 0)
        level = ops.where(active, ops.minimum(rising, falling), ops.zeros_like(rising))
        return level


def make():
    np.random.seed(328)
    starts = np.sort(np.random.uniform(0.0, 60.0, 32)).astype(np.float32)
    ends = starts + np.random.uniform(2.0, 8.0, 32).astype(np.float32)
    clock = Tensor(np.array(30.0, np.float32))
    return CueEnvelope(), (Tensor(starts), Tensor(ends), clock)
