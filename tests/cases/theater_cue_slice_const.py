# case: lighting console keeps the first MAX_PRESET cues, a fixed config constant -> static slice, expect Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_PRESET = 8


class CueIntensityHead(nn.Cell):
    def __init__(self, n_channels=24, hidden=32):
        super().__init__()
        self.proj = nn.Dense(n_channels, hidden)
        self.out = nn.Dense(hidden, n_channels)
        self.act = nn.ReLU()

    def construct(self, cues):
        return ops.sigmoid(self.out(self.act(self.proj(cues))))


class PresetSequencer(nn.Cell):
    def __init__(self, n_channels=24, keep=MAX_PRESET):
        super().__init__()
        self.head = CueIntensityHead(n_channels)
        self.keep = keep

    def construct(self, cue_stack):
        levels = self.head(cue_stack)
        live = levels[:self.keep]
        tail = levels[cue_stack.shape[0] - 2:]
        return live.mean(axis=0) + tail.mean(axis=0)


def make():
    np.random.seed(12)
    cues = Tensor(np.random.rand(16, 24).astype(np.float32))
    return PresetSequencer(24), (cues,)
