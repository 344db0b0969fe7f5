# case: converts a tempo tensor to a Python float to rescale note durations from ticks to beats -> float(t) in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TickToBeat(nn.Cell):
    def __init__(self, ticks_per_beat=480):
        super().__init__()
        self.ticks_per_beat = ticks_per_beat

    def construct(self, durations_ticks, tempo_scale):
        scale = float(tempo_scale)
        beats = durations_ticks.astype(ms.float32) / self.ticks_per_beat
        return beats * scale


def make():
    np.random.seed(19)
    dur = Tensor(np.random.randint(60, 1920, size=(4, 8)).astype(np.int32))
    scale = Tensor(np.array(1.25, dtype=np.float32))
    return TickToBeat(), (dur, scale)
