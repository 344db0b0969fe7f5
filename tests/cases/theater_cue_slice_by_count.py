# case: lighting console keeps only the first N active cues, N read from the cue-count tensor -> dynamic slice length from data, expect Graph-mode dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CueIntensityHead(nn.Cell):
    def __init__(self, n_channels=24, hidden=32):
        super().__init__()
        self.proj = nn.Dense(n_channels, hidden)
        self.out = nn.Dense(hidden, n_channels)
        self.act = nn.ReLU()

    def construct(self, cues):
        return ops.sigmoid(self.out(self.act(self.proj(cues))))


class CueSequencer(nn.Cell):
    def __init__(self, n_channels=24):
        super().__init__()
        self.head = CueIntensityHead(n_channels)

    def construct(self, cue_stack, active_count):
        levels = self.head(cue_stack)
        n_active = int(active_count[0])
        live = levels[:n_active]
        return live.mean(axis=0)


def make():
    np.random.seed(11)
    cues = Tensor(np.random.rand(16, 24).astype(np.float32))
    count = Tensor(np.array([9], dtype=np.int32))
    return CueSequencer(24), (cues, count)
