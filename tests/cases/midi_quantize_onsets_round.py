# case: quantises onset times to a sixteenth-note grid with tensor arithmetic and ops.round, clipping to the bar count given in the constructor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GridQuantizer(nn.Cell):
    def __init__(self, steps_per_beat=4, beats_per_bar=4, num_bars=2):
        super().__init__()
        self.steps_per_beat = steps_per_beat
        self.max_step = steps_per_beat * beats_per_bar * num_bars - 1

    def construct(self, onsets_sec, bpm):
        sec_per_step = 60.0 / (bpm * self.steps_per_beat)
        steps = ops.round(onsets_sec / sec_per_step.reshape(-1, 1))
        steps = ops.clip(steps, 0.0, float(self.max_step))
        err = onsets_sec - steps * sec_per_step.reshape(-1, 1)
        return steps.astype(ms.int32), ops.abs(err).mean(axis=1)


def make():
    np.random.seed(42)
    onsets = Tensor(np.sort(np.random.rand(2, 12) * 4.0, axis=1).astype(np.float32))
    bpm = Tensor(np.array([120.0, 96.0], dtype=np.float32))
    return GridQuantizer(), (onsets, bpm)
